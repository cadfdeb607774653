/// <reference types="vitest/config" />
import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './scripts/csp';
// bench/perf (issue 5): fail the build on an invalid dataset.
import { validateDatasetPlugin } from './scripts/validateDatasetPlugin.ts';
import { preloadDataset } from './scripts/preloadDataset.ts';

/** The dataset the app is built around: `DATASET=path/to/dataset.json npm run build`. */
const datasetPath = path.resolve(process.env.DATASET ?? 'src/generated/dataset.json');

/** Where `vite build` writes and `vite preview` serves (OUT_DIR lets parallel runs use their own). */
const outDir = process.env.OUT_DIR ?? 'dist';

export default defineConfig({
  build: {
    outDir,
    // The dataset is always a file of its own (src/data.ts fetches it; CSP forbids data: fetches).
    assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
  },
  plugins: [
    react(),
    contentSecurityPolicy(),
    validateDatasetPlugin(datasetPath),
    preloadDataset(datasetPath),
  ],
  // `@dataset?url` (the app: src/data.ts) and `@dataset` (a module) both name the dataset file.
  resolve: { alias: [{ find: /^@dataset(\?url)?$/, replacement: `${datasetPath}$1` }] },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    environment: 'jsdom',
    include: ['test/**/*.test.{ts,tsx}'],
    setupFiles: ['./vitest.setup.ts'],
    env: { TZ: 'America/New_York' },
  },
});
