import textUrl from 'virtual:dataset-text';
import { shippedWhole } from '../data';
import { joinArticleTexts, type ArticleTexts } from '../domain/dataset/articleText';
import type { Dataset } from '../domain/types';
import type { AppStore } from './store';

/**
 * Reads the articles' text of the store's dataset (the build ships it as a file of its own,
 * scripts/splitDatasetPlugin.ts, read after the first frame) and gives the store the whole
 * dataset (`articleTextRead`), or says the read failed. A store whose dataset was replaced
 * meanwhile is left as it is.
 */
export async function readArticleText(store: AppStore): Promise<void> {
  const head = store.getState().dataset;
  let whole: Dataset | null = null;
  try {
    if (textUrl === null) throw new Error('no articles text file in this build');
    const response = await fetch(textUrl);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    whole = shippedWhole(joinArticleTexts(head, (await response.json()) as ArticleTexts));
  } catch {
    whole = null;
  }
  if (store.getState().dataset === head) store.getState().articleTextRead(whole);
}
