import textUrl from 'virtual:dataset-text';
import { shippedWhole } from '../data';
import { joinArticleTexts, type ArticleTexts } from '../domain/dataset/articleText';
import type { AppStore } from './store';

/** The articles' text file of this build (scripts/splitDatasetPlugin.ts); null where it cannot be read. */
async function fetchArticleTexts(): Promise<ArticleTexts | null> {
  if (textUrl === null) return null;
  try {
    const response = await fetch(textUrl);
    return response.ok ? ((await response.json()) as ArticleTexts) : null;
  } catch {
    return null;
  }
}

/**
 * Reads the articles' text of the store's dataset (the build ships it as a file of its own,
 * read after the first frame) and gives the store the whole dataset (`articleTextRead`), or
 * says the read failed. A failed read is tried again when the reader asks for it
 * (`articleTextRetried`) or the browser comes back online, until one succeeds or `stopped`
 * aborts (the store's syncs stop before it is released). A store whose dataset was replaced
 * meanwhile is left as it is.
 */
export async function readArticleText(
  store: AppStore,
  stopped: AbortSignal,
  readTexts: () => Promise<ArticleTexts | null> = fetchArticleTexts,
  win: Window = window,
): Promise<void> {
  const head = store.getState().dataset;
  const left = () => store.getState().dataset !== head;
  /** One read; true when there is nothing more to do (read, stopped, or the store moved on). */
  const attempt = async () => {
    const texts = await readTexts();
    if (stopped.aborted || left()) return true;
    let whole = null;
    try {
      whole = texts && shippedWhole(joinArticleTexts(head, texts));
    } catch {
      whole = null;
    }
    store.getState().articleTextRead(whole);
    return whole !== null;
  };
  if (await attempt()) return;

  let reading = false;
  const again = async () => {
    if (reading) return;
    if (left()) return stop();
    reading = true;
    store.getState().articleTextRetried();
    const done = await attempt();
    reading = false;
    if (done) stop();
  };
  const unsubscribe = store.subscribe((s, before) => {
    if (s.articleText === 'loading' && before.articleText === 'failed') void again();
  });
  const online = () => void again();
  win.addEventListener('online', online);
  stopped.addEventListener('abort', stop);
  function stop() {
    unsubscribe();
    win.removeEventListener('online', online);
    stopped.removeEventListener('abort', stop);
  }
}
