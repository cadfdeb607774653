import datasetUrl from '@dataset?url';
import type { Dataset } from './domain/types';

/**
 * Loads the compiled dataset, a static JSON file the build emits beside the app (the build
 * validated it, so the cast only restores the type JSON loses). Fetched rather than bundled:
 * the JavaScript stays small, JSON.parse is much faster than parsing a JS object literal, and
 * the download starts from a <link rel="preload"> in index.html while the script loads.
 */
export async function loadDataset(url: string = datasetUrl): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    // One retry around the HTTP cache: Chromium can fail a very large response it cannot cache
    // (net::ERR_CACHE_WRITE_FAILURE). A second failure is a real one and is reported.
    response = await fetch(url, { cache: 'no-store' });
  }
  if (!response.ok) throw new Error(`the dataset could not be loaded (HTTP ${response.status})`);
  return (await response.json()) as Dataset;
}
