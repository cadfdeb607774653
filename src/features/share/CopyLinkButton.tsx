import { useEffect, useRef, useState } from 'react';
import { appAddress, shareableLink } from '../../domain/publish/links';
import { useStoreApi } from '../../state/store';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's stylesheet
import './share.css';

/** Copies `text` with the async clipboard API, falling back to a hidden textarea + execCommand. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied or unavailable (insecure context): try the old way below.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'visually-hidden';
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

/** The link to share for the store's current view (an event alone: its preview page). */
export function currentShareLink(view: Parameters<typeof shareableLink>[1]): string {
  return shareableLink(appAddress(window.location), view);
}

/**
 * A visible "Copy link" button for the current view's link (`shareableLink`), confirming in a polite live region
 * ("Link copied"), or showing the link to copy by hand when the browser refuses.
 */
export function CopyLinkButton() {
  const [status, setStatus] = useState('');
  const timer = useRef<number | undefined>(undefined);
  const store = useStoreApi();
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const onClick = async () => {
    const url = currentShareLink(store.getState().view);
    const ok = await copyText(url);
    setStatus(ok ? 'Link copied' : `Copy this link: ${url}`);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setStatus(''), ok ? 2500 : 15000);
  };

  return (
    <span className="share-copy">
      <button type="button" className="button" onClick={() => void onClick()}>
        <svg
          aria-hidden="true"
          width="16"
          height="16"
          viewBox="0 0 16 16"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeLinecap="round"
        >
          <path d="M6.5 9.5a3 3 0 0 0 4.2 0l2.4-2.4a3 3 0 0 0-4.2-4.2L7.8 4" />
          <path d="M9.5 6.5a3 3 0 0 0-4.2 0L2.9 8.9a3 3 0 0 0 4.2 4.2L8.2 12" />
        </svg>
        Copy link
      </button>
      <output className="share-status" aria-live="polite">
        {status}
      </output>
    </span>
  );
}
