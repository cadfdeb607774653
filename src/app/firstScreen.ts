/**
 * The prerendered first screen (index.html, written by the build: scripts/firstScreen.ts) is the
 * app for the default view. Before the page paints, the boot script (firstScreenBoot.ts) says on
 * <html> whether that is what the app will open:
 * - `data-first-screen="view"`: it is (no link, no other last view);
 * - `"other"`: a link or the reader's last view opens another view: only the masthead is shown
 *   until the app replaces the rest (the view would otherwise flash by);
 * - `"embed"`: an embed, whose page has no masthead: nothing is shown until the app renders.
 * `data-app="loading"` makes the first screen ignore the pointer meanwhile (a click on it would
 * be lost). The app's first commit replaces the first screen and removes both attributes.
 */
export type FirstScreen = 'view' | 'other' | 'embed';

/** Where the app is opened: the page's query and hash. */
export interface Opening {
  search: string;
  hash: string;
}

/**
 * What the first screen shows for this opening (see `FirstScreen`), as main.tsx and urlSync
 * decide what to open: an embed is an embed; a link (any hash but `#`) is opened as it is;
 * without one the reader's last view (never in an embed) is.
 */
export function firstScreenFor({ search, hash }: Opening, lastView: string | null): FirstScreen {
  if (new URLSearchParams(search).has('embed')) return 'embed';
  const link = hash === '' || hash === '#' ? lastView : hash;
  return link === null || link === '#/' ? 'view' : 'other';
}

/** Ends the first screen: called in the commit that replaces it (or shows the load failure). */
export function endFirstScreen(root: HTMLElement = document.documentElement): void {
  delete root.dataset.app;
  delete root.dataset.firstScreen;
}
