import path from 'node:path';
import { defineConfig } from 'vite';

/**
 * Builds the vis-timeline peer page (bench/peer/index.html) around the same dataset as the
 * app: `DATASET=bench/data/events-1000.json vite build --config scripts/bench/peer/vite.config.ts --outDir <abs>`.
 */
const datasetPath = path.resolve(process.env.DATASET ?? 'src/generated/dataset.json');

export default defineConfig({
  root: path.resolve('bench/peer'),
  base: './',
  resolve: { alias: { '@dataset': datasetPath } },
  build: { emptyOutDir: true, chunkSizeWarningLimit: 100_000 },
  server: { host: '127.0.0.1', fs: { allow: [path.resolve('.')] } },
  preview: { host: '127.0.0.1' },
  logLevel: 'warn',
});
