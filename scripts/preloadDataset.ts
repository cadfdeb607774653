import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * Beyond this size the dataset is not preloaded: Chromium fails a fetch that joins a preload
 * whose response is too big for its HTTP cache (net::ERR_CACHE_WRITE_FAILURE, seen with a 73 MB
 * dataset of 50,000 events; 14.5 MB was fine). Such a dataset is fetched by the script alone.
 */
export const PRELOAD_LIMIT_BYTES = 16 * 1024 * 1024;

/**
 * Adds `<link rel="preload" as="fetch">` for the emitted dataset file to the built index.html,
 * so the browser downloads the data while it is still loading the script that will ask for it.
 */
export function preloadDataset(datasetPath: string): Plugin {
  const name = path.basename(datasetPath);
  return {
    name: 'sourceline-preload-dataset',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const asset = Object.values(ctx.bundle ?? {}).find(
          (file) =>
            file.type === 'asset' &&
            (file.originalFileNames ?? []).some((original) => path.basename(original) === name),
        );
        if (!asset) throw new Error(`index.html: no emitted asset for the dataset ${name}`);
        if (asset.type === 'asset' && asset.source.length > PRELOAD_LIMIT_BYTES) return [];
        return [
          {
            tag: 'link',
            attrs: { rel: 'preload', href: `./${asset.fileName}`, as: 'fetch', crossorigin: '' },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
