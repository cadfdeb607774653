import datasetUrl from '@dataset?url';
import { awaitsArticleText } from './domain/dataset/articleText';
import type { Dataset } from './domain/types';

/**
 * Loads the compiled dataset, a static JSON file the build emits beside the app (the build
 * validated it, so the cast only restores the type JSON loses). Fetched rather than bundled:
 * the JavaScript stays small, JSON.parse is much faster than parsing a JS object literal, and
 * the download starts from a <link rel="preload"> in index.html while the script loads.
 */
export async function loadDataset(url: string = datasetUrl): Promise<Dataset> {
  const dataset = await fetchDataset(url);
  // Without its articles' text (a file of its own) it is not what the build's other files were
  // made from: joined with it, it is (`shippedWhole`).
  if (url === datasetUrl && !awaitsArticleText(dataset)) shipped.add(dataset);
  return dataset;
}

/** `whole`, the shipped dataset joined with its articles' text file, is shipped too. */
export function shippedWhole(whole: Dataset): Dataset {
  shipped.add(whole);
  return whole;
}

/**
 * The datasets read from the file the build shipped, as parsed: what the build's other files
 * (its prebuilt search index) were made from. A dataset made in the page (a workspace story,
 * loaded shards) is another object, never one of these.
 */
const shipped = new WeakSet<Dataset>();

/** True when `dataset` is the build's own dataset file as read, unchanged (`loadDataset`). */
export function isShippedDataset(dataset: Dataset): boolean {
  return shipped.has(dataset);
}

async function fetchDataset(url: string): Promise<Dataset> {
  try {
    return await fetchJson(url);
  } catch (error) {
    if (error instanceof HttpError) throw error;
    // One retry around the HTTP cache: Chromium can fail a very large response it cannot cache
    // (net::ERR_CACHE_WRITE_FAILURE). A second failure is a real one and is reported.
    return fetchJson(url, { cache: 'no-store' });
  }
}

class HttpError extends Error {}

async function fetchJson(url: string, init?: RequestInit): Promise<Dataset> {
  const response = init ? await fetch(url, init) : await fetch(url);
  if (!response.ok)
    throw new HttpError(`the dataset could not be loaded (HTTP ${response.status})`);
  return (await response.json()) as Dataset;
}
