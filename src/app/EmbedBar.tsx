import { useViewLinks } from '../state/links';
import { useAppStore } from '../state/store';
import { selectViewName } from '../state/viewName';

/**
 * The embed's compact chrome, in place of the masthead: what the view is, and a link that opens
 * the same view in the full app (a new tab, so the host page stays where it was).
 */
export function EmbedBar() {
  const name = useAppStore(selectViewName);
  const link = useViewLinks().view;
  return (
    <header className="embed-bar">
      <p className="embed-title">{name ?? 'Sourceline'}</p>
      <a className="embed-open" href={link} target="_blank" rel="noopener">
        Open in Sourceline
      </a>
    </header>
  );
}
