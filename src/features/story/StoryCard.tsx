import { useCallback, useEffect, useId, useRef } from 'react';
import { useDatasetIndex } from '../../state/selectors';
import { useActions, useAppStore } from '../../state/store';
import { useStoryKeys } from './useStoryKeys';
import { useSwipe } from './useSwipe';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's stylesheet
import './storyCard.css';

const reducedMotion = () =>
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The story step being shown: where it is in the story, the editor's caption (set apart from
 * the sources' words, which the event's details below quote), and the way on: Previous and
 * Next buttons, the Left and Right arrow keys, a swipe, and Leave the story. Renders nothing
 * outside the story.
 */
export function StoryCard() {
  const steps = useAppStore((s) => s.dataset.story.steps);
  const index = useAppStore((s) => s.view.story);
  const events = useDatasetIndex().events;
  const { storyStepped, storyLeft } = useActions();
  const titleId = useId();
  const card = useRef<HTMLElement>(null);

  const go = useCallback(
    (direction: -1 | 1) => {
      if (index !== null) storyStepped(index + direction);
    },
    [index, storyStepped],
  );
  useStoryKeys(index !== null, go);
  const swipe = useSwipe(go);

  // A new step brings its card into view (the detail column or sheet may have been scrolled).
  useEffect(() => {
    if (index === null) return;
    card.current?.scrollIntoView?.({
      block: 'nearest',
      behavior: reducedMotion() ? 'auto' : 'smooth',
    });
  }, [index]);

  const step = index === null ? undefined : steps[index];
  if (index === null || !step) return null;
  const first = index === 0;
  const last = index === steps.length - 1;
  const title = (at: number) => {
    const s = steps[at];
    return s ? (events.get(s.event)?.title ?? '') : '';
  };

  return (
    <section ref={card} className="story-card" aria-labelledby={titleId} {...swipe}>
      <div className="story-head">
        <h2 id={titleId} className="story-progress">
          <span className="story-label">The story</span>{' '}
          <span className="story-count">
            {index + 1} of {steps.length}
          </span>
        </h2>
        <button type="button" className="button is-quiet story-leave" onClick={storyLeft}>
          Leave the story
        </button>
      </div>
      <div className="story-bar" aria-hidden="true">
        {steps.map((s, i) => (
          <span key={s.event} className="story-bar-step" data-done={i <= index || undefined} />
        ))}
      </div>
      <div className="story-caption" aria-live="polite">
        <p className="story-voice">The editor writes</p>
        <p className="story-text">{step.caption}</p>
      </div>
      <nav className="story-nav" aria-label="Story steps">
        <button
          type="button"
          className="button"
          aria-disabled={first || undefined}
          title={first ? undefined : title(index - 1)}
          onClick={() => go(-1)}
        >
          <span aria-hidden="true">←</span> Previous
        </button>
        <button
          type="button"
          className="button is-primary"
          aria-disabled={last || undefined}
          title={last ? undefined : title(index + 1)}
          onClick={() => go(1)}
        >
          {last ? 'The end' : 'Next'} <span aria-hidden="true">→</span>
        </button>
      </nav>
      <p className="story-keys">
        <span className="story-keys-keyboard">The arrow keys move through the story too.</span>
        <span className="story-keys-touch">
          Swipe sideways here to move through the story.
        </span>{' '}
        Below: what the sources say, in their own words.
      </p>
    </section>
  );
}
