import { useEffect, useRef } from 'react';
import { useDatasetIndex } from '../../state/selectors';
import { useActions, useAppStore } from '../../state/store';
import { ActorView } from './ActorView';
// oxlint-disable-next-line import/no-unassigned-import -- chips
import '../../shared/chips.css';

/**
 * The actor page (`#/actor/<id>`) in the detail column: a "Person or organisation" bar with a
 * Close button (Escape too: the app's layer around it) and a toggle that filters the timeline
 * by them, then `ActorView`. Renders nothing when no actor is open.
 */
export function ActorPanel() {
  const actorId = useAppStore((s) => s.view.actor);
  const filtered = useAppStore((s) => actorId !== null && s.view.filters.actors.includes(actorId));
  const index = useDatasetIndex();
  const { actorClosed, actorToggled } = useActions();
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (actorId === null) return;
    // Opened from a chip in the event detail, the chip is gone and focus fell to <body>:
    // bring it to the page's heading so keyboard and screen-reader users land on it.
    if (document.activeElement === document.body || document.activeElement === null) {
      panel.current?.querySelector<HTMLElement>('h2')?.focus();
    }
  }, [actorId]);

  if (actorId === null) return null;
  const name = index.actors.get(actorId)?.name ?? actorId;

  return (
    <div className="actor-panel" ref={panel}>
      <div className="actor-panel-top">
        <span className="actor-kicker">Person or organisation</span>
        <button
          type="button"
          className="button is-quiet"
          onClick={actorClosed}
          aria-label={`Close the page of ${name}`}
        >
          Close
        </button>
      </div>
      <ActorView
        actorId={actorId}
        actions={
          <p className="actor-filter">
            <button
              type="button"
              className="chip"
              aria-pressed={filtered}
              onClick={() => actorToggled(actorId)}
            >
              Show only events with {name} in the timeline
            </button>
          </p>
        }
      />
    </div>
  );
}
