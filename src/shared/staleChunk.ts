import { afterPaint } from './afterPaint';

const RELOADED_AT = 'sourceline:reloaded-for-missing-chunk';
/** A second missing chunk this soon after a reload is a broken deploy, not a stale page. */
const RELOAD_GUARD_MS = 60_000;

/**
 * After a redeploy, a page the service worker does not serve asks for chunks of its own
 * version, which the host no longer has. When a failed import's file is answered 404, the page
 * reloads once (the view is in the URL's hash, so it is kept) and the new version loads. The
 * reload waits for the address's pending write: a click's view is written once its frame is
 * painted (`afterPaint`, which runs work in the order asked), and the chunk's failure can come
 * first. Resolves true when a reload is under way; false for any other failure (offline, a
 * server error), which the panel reports with its "Try again".
 */
export async function reloadIfChunkIsGone(
  error: unknown,
  reload: () => void = () => window.location.reload(),
): Promise<boolean> {
  // Chromium names the module ("Failed to fetch dynamically imported module: <url>"), Vite the
  // stylesheet it could not preload ("Unable to preload CSS for <path>").
  const named = /((?:https?:\/\/|\.{0,2}\/)\S+?\.(?:js|css))\b/.exec(String(error))?.[1];
  if (!named) return false;
  const url = new URL(named, document.baseURI);
  if (url.origin !== window.location.origin) return false;
  let status: number;
  try {
    status = (await fetch(url, { method: 'HEAD', cache: 'no-store' })).status;
  } catch {
    return false;
  }
  if (status !== 404 && status !== 410) return false;
  try {
    const last = Number(window.sessionStorage.getItem(RELOADED_AT));
    if (Date.now() - last < RELOAD_GUARD_MS) return false;
    window.sessionStorage.setItem(RELOADED_AT, String(Date.now()));
  } catch {
    // No session storage (a sandboxed frame): without the guard, do not risk a reload loop.
    return false;
  }
  afterPaint(reload);
  return true;
}
