import { useEffect, useRef, useState } from 'react';
import { LineIcon } from '../../shared/LineIcon';
import { useCurrentLinks } from '../../state/links';
import { copyText } from '../../shared/clipboard';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's stylesheet
import './share.css';

/**
 * A visible "Copy link" button for the current view's link to share (`ViewLinks.share`),
 * confirming in a polite live region ("Link copied"), or showing the link to copy by hand when
 * the browser refuses.
 */
export function CopyLinkButton() {
  const [status, setStatus] = useState('');
  const timer = useRef<number | undefined>(undefined);
  const links = useCurrentLinks();
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const onClick = async () => {
    const url = links().share;
    const ok = await copyText(url);
    setStatus(ok ? 'Link copied' : `Copy this link: ${url}`);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setStatus(''), ok ? 2500 : 15000);
  };

  return (
    <span className="share-copy">
      <button type="button" className="button" onClick={() => void onClick()}>
        <LineIcon>
          <path d="M6.5 9.5a3 3 0 0 0 4.2 0l2.4-2.4a3 3 0 0 0-4.2-4.2L7.8 4" />
          <path d="M9.5 6.5a3 3 0 0 0-4.2 0L2.9 8.9a3 3 0 0 0 4.2 4.2L8.2 12" />
        </LineIcon>
        Copy link
      </button>
      <output className="share-status" aria-live="polite">
        {status}
      </output>
    </span>
  );
}
