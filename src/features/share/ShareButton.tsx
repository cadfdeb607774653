import { useCurrentLinks } from '../../state/links';

/**
 * "Share…" through the Web Share API; rendered only where the browser has `navigator.share`
 * (mostly phones). Cancelling the share sheet is not an error.
 */
export function ShareButton({ title }: { title: string }) {
  const links = useCurrentLinks();
  // No navigator at all where the first screen is prerendered (scripts/firstScreen.ts).
  if (typeof navigator === 'undefined' || typeof navigator.share !== 'function') return null;
  const onClick = async () => {
    try {
      await navigator.share({ title, url: links().share });
    } catch {
      // The reader closed the share sheet, or sharing is blocked: nothing to report.
    }
  };
  return (
    <button type="button" className="button" onClick={() => void onClick()}>
      Share…
    </button>
  );
}
