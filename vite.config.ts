/// <reference types="vitest/config" />
import { statSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy } from './scripts/csp.ts';
// bench/perf (issue 5): fail the build on an invalid dataset.
import { validateDatasetPlugin } from './scripts/validateDatasetPlugin.ts';
import { PRELOAD_LIMIT_BYTES, preloadDataset } from './scripts/preloadDataset.ts';
import { previewPages } from './scripts/previewPages.ts';
import { shardedBuild } from './scripts/shardDatasetPlugin.ts';
import { firstScreen } from './scripts/firstScreen.ts';
import { searchIndexPlugin } from './scripts/searchIndexPlugin.ts';
import { firstLoadChunk } from './scripts/firstLoadChunk.ts';
import { splitDatasetFile, splitDatasetPlugin } from './scripts/splitDatasetPlugin.ts';

/** The dataset the app is built around: `DATASET=path/to/dataset.json npm run build`. */
const datasetPath = path.resolve(process.env.DATASET ?? 'src/generated/dataset.json');

/**
 * A very large dataset is split into an overview (what the app fetches first, in place of the
 * dataset) and time shards loaded on demand (scripts/shardDatasetPlugin.ts). Build only.
 */
const sharded =
  process.argv.includes('build') && !process.env.VITEST ? shardedBuild(datasetPath) : null;
const appDataset = sharded?.overview ?? datasetPath;

/**
 * A dataset in one file ships as two: what the first frame needs (the app's dataset file) and
 * its articles' text and mentions, read after the first frame (scripts/splitDatasetPlugin.ts).
 */
const split =
  process.argv.includes('build') && !process.env.VITEST && !sharded
    ? splitDatasetFile(datasetPath)
    : null;

/**
 * A dataset this large (tens of thousands of events) is neither preloaded nor precached: while
 * the service worker was writing a 73 MB dataset to its cache, Chromium failed the page's own
 * fetch of it (net::ERR_CACHE_WRITE_FAILURE). Such a build works online only.
 */
const hugeDataset = statSync(datasetPath, { throwIfNoEntry: false })?.size ?? 0;
const precacheIgnores = [
  // The link-preview pages are for link unfurlers and people arriving from a shared link.
  'event/**',
  ...(hugeDataset > PRELOAD_LIMIT_BYTES
    ? // Its search index (about 0.8 times its size) is of no use offline without it.
      [`**/${path.basename(datasetPath, '.json')}-*.json`, '**/search-index-*.json']
    : []),
  // Shards are cached as the reader visits them (runtimeCaching below), never precached.
  'sharded-*/**',
  // The workspace's gazetteer (1.4 MB, 256 KB gzip) is for authors, not readers: cached when
  // an author first asks for a city's coordinates (runtimeCaching below), never precached.
  'assets/city-timezones-*.js',
];

/** Where `vite build` writes and `vite preview` serves (OUT_DIR lets parallel runs use their own). */
const outDir = process.env.OUT_DIR ?? 'dist';

/** What the first screen runs, in one chunk (scripts/firstLoadChunk.ts). */
const firstLoad = firstLoadChunk('src/main.tsx');

export default defineConfig({
  // Relative URLs everywhere: the same dist/ works at a host's root or under any sub-path.
  // Vitest keeps the root base: with './' the lazy panels' dynamic imports never settle in jsdom.
  base: process.env.VITEST ? '/' : './',
  build: {
    outDir,
    // Every browser the app supports preloads modules natively: no polyfill in the first script.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'index', test: firstLoad.test }] } },
    },
    // The dataset is always a file of its own (src/data.ts fetches it; CSP forbids data: fetches).
    assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
  },
  plugins: [
    firstLoad.plugin,
    react(),
    contentSecurityPolicy(),
    // A sharded dataset was validated shard by shard, and gets no per-event preview pages.
    sharded ? sharded.plugin : validateDatasetPlugin(datasetPath),
    preloadDataset(appDataset),
    // The search index, prebuilt from the dataset and emitted beside it (none when sharded).
    searchIndexPlugin(sharded ? null : datasetPath),
    // The articles' text file, emitted beside the dataset (none when sharded or unbuilt).
    splitDatasetPlugin(split),
    // The first screen, prerendered into index.html: it needs no script and no dataset. A
    // sharded dataset gets none (the app draws its overview first).
    firstScreen(sharded ? null : datasetPath),
    // `SITE_URL=https://example.org/sourceline/ npm run build` gives the previews absolute links.
    sharded ? null : previewPages(datasetPath, process.env.SITE_URL ?? null),
    // Offline after the first visit: a service worker precaches the app, the dataset and the
    // lazy map. The app registers it (src/app/appUpdate.ts) and offers a new deploy's version.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'Sourceline',
        short_name: 'Sourceline',
        description:
          'A news story as a timeline of events, each backed by the articles that report it.',
        // Relative to the manifest, which sits beside index.html: the folder the app is served from.
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f6f5f1',
        theme_color: '#1b1b1f',
        icons: [
          { src: 'pwa-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'pwa-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'pwa-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,json,svg,png}'],
        globIgnores: precacheIgnores,
        // The dataset is precached to work offline: up to the 16 MiB above which it is left out
        // (workbox's 2 MiB default would fail the build at 10,000 events, 14.5 MB).
        maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
        navigateFallback: 'index.html',
        // A preview page is its own document (it forwards to the app), never the app's shell.
        navigateFallbackDenylist: [/\/event\/[^/]+\.html$/],
        cleanupOutdatedCaches: true,
        // Take over the page that installed it, so the first visit is enough to go offline. A
        // new deploy's worker waits (no skipWaiting): open pages keep their version's files
        // until the reader accepts the update.
        clientsClaim: true,
        // The shards a reader has visited stay readable offline (the newest 40, about 120 MB).
        runtimeCaching: [
          {
            urlPattern: /\/sharded-[0-9a-f]+\/(shards|articles|ids)\/\d+\.json$/,
            handler: 'CacheFirst',
            options: { cacheName: 'sourceline-shards', expiration: { maxEntries: 40 } },
          },
          {
            urlPattern: /\/assets\/city-timezones-[\w-]+\.js$/,
            handler: 'CacheFirst',
            options: { cacheName: 'sourceline-gazetteer', expiration: { maxEntries: 2 } },
          },
        ],
      },
    }),
  ],
  // `@dataset?url` (the app: src/data.ts) names the file the app reads first; `@dataset` (a
  // module: the bench's vis-timeline page) the dataset as the build was given it.
  resolve: {
    alias: [
      { find: /^@dataset\?url$/, replacement: `${split?.head ?? appDataset}?url` },
      { find: /^@dataset$/, replacement: appDataset },
    ],
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    environment: 'jsdom',
    include: ['test/**/*.test.{ts,tsx}'],
    setupFiles: ['./vitest.setup.ts'],
    env: { TZ: 'America/New_York' },
    // Component tests import the lazy panels' chunks, transformed on first use: on a loaded
    // 2-core machine that alone can take seconds.
    testTimeout: 20_000,
  },
});
