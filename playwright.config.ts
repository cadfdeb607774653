import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/lib/chromium';

const port = Number(process.env.PORT ?? 4173);
/** The hostile-article build is served one port up, from its own folder. */
export const hostilePort = port + 1;
const hostileOutDir = `${process.env.OUT_DIR ?? 'dist'}-hostile`;

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromiumLaunchOptions,
    trace: 'retain-on-failure',
    // The app registers a service worker (offline); tests see the network unless they opt in
    // (test/e2e/offline.spec.ts), so route() and request checks keep seeing every request.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'desktop',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        launchOptions: chromiumLaunchOptions,
      },
      grepInvert: /@phone/,
    },
    {
      name: 'phone',
      use: { ...devices['Pixel 7'], launchOptions: chromiumLaunchOptions },
      grep: /@phone/,
    },
  ],
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --strictPort --port ${port}`,
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // The app built around the hostile-article fixture (test/e2e/hostile-article.spec.ts).
      command: [
        'npx tsx scripts/ingest.ts --data test/fixtures/hostile/data --out .cache/hostile-dataset.json',
        `DATASET=.cache/hostile-dataset.json OUT_DIR=${hostileOutDir} npx vite build --logLevel error`,
        `OUT_DIR=${hostileOutDir} npx vite preview --host 127.0.0.1 --strictPort --port ${hostilePort}`,
      ].join(' && '),
      url: `http://127.0.0.1:${hostilePort}`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
