import { useActions, useAppStore } from '../../state/store';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's stylesheet
import './story.css';

/**
 * The first screen's way in: a one-line hint on what to do, and "Follow the story" when the
 * dataset has a guided story. Shown while the reader has nothing open (no event, actor page
 * or story step); the story's button stays offered whenever the story is not being followed.
 */
export function StoryIntro() {
  const steps = useAppStore((s) => s.dataset.story.steps.length);
  const inStory = useAppStore((s) => s.view.story !== null);
  const nothingOpen = useAppStore((s) => s.view.event === null && s.view.actor === null);
  const { storyStarted } = useActions();
  if (inStory || (steps === 0 && !nothingOpen)) return null;

  return (
    <div className="story-intro">
      {steps > 0 && (
        <button type="button" className="button is-primary story-start" onClick={storyStarted}>
          Follow the story <span className="story-start-steps">({steps} steps)</span>
        </button>
      )}
      {nothingOpen && (
        <p className="story-hint">
          {steps > 0 ? 'Or select' : 'Select'} any event to read what each source says about it, in
          its own words.
        </p>
      )}
    </div>
  );
}
