/// <reference types="vitest/config" />
import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './scripts/csp';
// bench/perf (issue 5): fail the build on an invalid dataset.
import { validateDatasetPlugin } from './scripts/validateDatasetPlugin.ts';

/** The dataset the app is built around: `DATASET=path/to/dataset.json npm run build`. */
const datasetPath = path.resolve(process.env.DATASET ?? 'src/generated/dataset.json');

/** Where `vite build` writes and `vite preview` serves (OUT_DIR lets parallel runs use their own). */
const outDir = process.env.OUT_DIR ?? 'dist';

export default defineConfig({
  build: { outDir },
  plugins: [react(), contentSecurityPolicy(), validateDatasetPlugin(datasetPath)],
  resolve: { alias: { '@dataset': datasetPath } },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    environment: 'jsdom',
    include: ['test/**/*.test.{ts,tsx}'],
    setupFiles: ['./vitest.setup.ts'],
    env: { TZ: 'America/New_York' },
  },
});
