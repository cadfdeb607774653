import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { eventPreviewPath } from '../src/domain/publish/links.ts';
import { renderPreviewPage } from '../src/domain/publish/previewPage.ts';
import type { Dataset } from '../src/domain/types.ts';

/**
 * Writes one link-preview page per event (`event/<id>.html`, src/domain/publish/previewPage.ts)
 * beside the app. `SITE_URL` (the app's public address) makes their canonical links absolute.
 */
export function previewPages(datasetPath: string, siteUrl: string | null): Plugin {
  return {
    name: 'sourceline-preview-pages',
    apply: 'build',
    generateBundle() {
      // The dataset was validated by validateDatasetPlugin: the cast only restores its type.
      const dataset = JSON.parse(readFileSync(datasetPath, 'utf8')) as Dataset;
      for (const event of dataset.events) {
        this.emitFile({
          type: 'asset',
          fileName: eventPreviewPath(event.id),
          source: renderPreviewPage(dataset, event, siteUrl),
        });
      }
    },
  };
}
