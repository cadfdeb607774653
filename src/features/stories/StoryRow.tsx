import { useState } from 'react';
import { plural } from '../../domain/view/format';
import type { StorySummary } from '../../state/storySummary';

export interface StoryRowProps {
  story: StorySummary;
  /** The story shown now. */
  current: boolean;
  href: string;
  onExportZip: () => void;
  onExportDataset: () => void;
  onDelete: () => void;
}

/** One story on this device: open it, export it, delete it (after a confirmation). */
export function StoryRow({ story, current, href, ...actions }: StoryRowProps) {
  const [confirming, setConfirming] = useState(false);
  const title = story.title ?? 'Untitled story';
  const updated = story.updated.slice(0, 10);
  return (
    <li className="story-row">
      <div className="story-row-name">
        <a href={href} aria-current={current ? 'true' : undefined}>
          {title}
        </a>
        <span className="story-row-meta">
          {plural(story.articles, 'article')}, {plural(story.events, 'event')}
          {updated ? ` · changed ${updated}` : ''}
          {current ? ' · open now' : ''}
        </span>
      </div>
      {confirming ? (
        <fieldset className="story-row-actions story-row-confirm">
          <legend>Delete “{title}” from this device?</legend>
          <button type="button" className="button is-danger" onClick={actions.onDelete}>
            Delete
          </button>
          {/* Focus moves here: the Delete button that was pressed is gone. */}
          <button
            type="button"
            className="button"
            onClick={() => setConfirming(false)}
            ref={(el) => el?.focus()}
          >
            Keep
          </button>
        </fieldset>
      ) : (
        <div className="story-row-actions">
          <button
            type="button"
            className="button"
            onClick={actions.onExportZip}
            aria-label={`Export ${title} as a zip`}
          >
            Export zip
          </button>
          <button
            type="button"
            className="button"
            onClick={actions.onExportDataset}
            aria-label={`Export ${title} as a dataset`}
          >
            Export dataset
          </button>
          <button
            type="button"
            className="button"
            onClick={() => setConfirming(true)}
            aria-label={`Delete ${title}`}
          >
            Delete
          </button>
        </div>
      )}
    </li>
  );
}
