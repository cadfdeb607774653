import { afterFirstFrame } from '../shared/afterFirstFrame';

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

/**
 * Resolves once the app has replaced the first screen (at once where there is none), its frame
 * has been presented and the page is idle: for work the first view does not need.
 */
export function whenAppShown(win: Window = window): Promise<void> {
  const root = win.document.documentElement;
  const idle = () => new Promise<void>((resolve) => afterFirstFrame(resolve, 3000));
  if (root.dataset.app === undefined) return idle();
  return new Promise<void>((resolve) => {
    const observer = new MutationObserver(() => {
      if (root.dataset.app !== undefined) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { attributes: true, attributeFilter: ['data-app'] });
  }).then(idle);
}

/** Ends the first screen: called in the commit that replaces it (or shows the load failure). */
export function endFirstScreen(root: HTMLElement = document.documentElement): void {
  delete root.dataset.app;
  delete root.dataset.firstScreen;
}

/**
 * Resolves once the browser has shown the prerendered first screen, so the app's work (its
 * dataset, its first render) starts after the first paint instead of holding it back: a module
 * script runs as soon as the page is parsed, before any frame, and a frame can be presented
 * well after it was painted. Waits for the first contentful paint's timing entry, which arrives
 * once that frame is presented (where the first screen shows nothing contentful, an embed, or
 * the browser has no paint timing: until a frame has been painted). At once where there is no
 * first screen (development, tests) or nothing is painted (a hidden tab); after `timeoutMs` at
 * most.
 */
export function afterFirstPaint(win: Window = window, timeoutMs = 2000): Promise<void> {
  const { document } = win;
  const shown = document.documentElement.dataset.firstScreen;
  if (shown === undefined || document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    let observer: PerformanceObserver | null = null;
    const done = () => {
      win.clearTimeout(timer);
      observer?.disconnect();
      resolve();
    };
    const timer = win.setTimeout(done, timeoutMs);
    const paintTiming = PerformanceObserver.supportedEntryTypes?.includes('paint') ?? false;
    if (shown !== 'embed' && paintTiming) {
      observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length > 0) done();
      });
      observer.observe({ type: 'paint', buffered: true });
    } else {
      // An animation frame runs before its paint; a task queued from it runs after.
      win.requestAnimationFrame(() => win.setTimeout(done, 0));
    }
  });
}

/**
 * Adds the app's module scripts (`sources`: its entry and what it imports) once the prerendered
 * first screen has been painted (the boot script calls it: index.html has no module script of its
 * own). The first paint then never waits for the app's download, parse or run, and the
 * stylesheet it needs does not share the network with the app's script. In a hidden tab, where
 * nothing is painted, once the page has been parsed; after `timeoutMs` at most.
 */
export function loadAppAfterFirstPaint(
  sources: readonly string[],
  win: Window = window,
  timeoutMs = 2000,
): void {
  const { document } = win;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    for (const src of sources) {
      const script = document.createElement('script');
      script.type = 'module';
      script.crossOrigin = '';
      script.src = src;
      document.head.append(script);
    }
  };
  const afterParse = () => {
    win.setTimeout(start, timeoutMs);
    if (document.visibilityState === 'hidden') start();
    // An animation frame runs before its paint; a task queued from it runs after.
    else win.requestAnimationFrame(() => win.setTimeout(start, 0));
  };
  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', afterParse, { once: true });
  else afterParse();
}
