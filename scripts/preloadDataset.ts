import path from 'node:path';
import type { Plugin } from 'vite';

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
        return [
          {
            tag: 'link',
            attrs: { rel: 'preload', href: `/${asset.fileName}`, as: 'fetch', crossorigin: '' },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
