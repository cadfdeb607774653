import { Suspense } from 'react';
import { plural } from '../domain/view/format';
import { formatDayRange } from '../domain/view/dates';
import { SearchBox } from '../features/search/SearchBox';
import { CopyLinkButton } from '../features/share/CopyLinkButton';
import { ShareButton } from '../features/share/ShareButton';
import type { StoriesDialogProps } from '../features/stories/StoriesDialog';
import { StoriesMenu } from '../features/stories/StoriesMenu';
import { useActions, useAppStore } from '../state/store';
import { StoriesDialogPanel, StorageNoticePanel } from './lazyPanels';
import { MastheadMenu } from './MastheadMenu';
import { PanelBoundary } from './PanelBoundary';
import { ThemeSelect } from './ThemeSelect';

/** The stories dialog, loaded on demand; a failed load offers "Try again" in place. */
function StoriesDialogLoaded(props: StoriesDialogProps) {
  return (
    <PanelBoundary name="the stories">
      <StoriesDialogPanel.Component {...props} />
    </PanelBoundary>
  );
}

/**
 * The masthead: name, a line about the corpus, search, and the secondary controls (layout,
 * theme, sharing, stories) in a row, or behind a menu button where the window is narrow.
 */
export function Header() {
  const dataset = useAppStore((s) => s.dataset);
  // A sharded dataset is described by its overview's totals, not by the shards loaded so far.
  const overview = useAppStore((s) => s.shards?.overview ?? null);
  const layout = useAppStore((s) => s.view.layout);
  const { layoutChanged } = useActions();
  const storageFailing = useAppStore((s) => s.storageFailure !== null && s.workspace !== null);
  const published = overview?.published ?? dataset.articles.map((a) => a.published).sort();
  const span =
    published.length > 0
      ? ` published ${formatDayRange(published[0] ?? '', published.at(-1) ?? '')}`
      : '';
  const articleCount = overview?.articles ?? dataset.articles.length;
  const eventCount = overview?.events ?? dataset.events.length;
  const articles = `${plural(articleCount, 'news article')}${span}`;
  const events = `${plural(eventCount, 'event')}, each backed by the articles’ own words.`;
  // The story's title comes from the data (data/story.json): another dataset names its own.
  const description =
    dataset.story.title !== null
      ? `${dataset.story.title} as ${articles} tell it: ${events}`
      : `The story ${articles} tell: ${events}`;

  return (
    <header className="masthead">
      <div className="masthead-brand">
        <h1 className="masthead-name">Sourceline</h1>
        <p className="masthead-description">{description}</p>
      </div>
      <div className="masthead-tools">
        <SearchBox />
        <MastheadMenu>
          <fieldset className="segmented">
            <legend className="visually-hidden">Layout</legend>
            {(['timeline', 'list'] as const).map((mode) => (
              <button
                key={mode}
                type="button"
                className="button"
                aria-pressed={layout === mode}
                onClick={() => layoutChanged(mode)}
              >
                {mode === 'timeline' ? 'Timeline' : 'List'}
              </button>
            ))}
          </fieldset>
          <ThemeSelect />
          <CopyLinkButton />
          <ShareButton title="Sourceline" />
          <StoriesMenu Dialog={StoriesDialogLoaded} />
        </MastheadMenu>
      </div>
      {storageFailing && (
        <PanelBoundary name="the storage notice">
          <Suspense fallback={null}>
            <StorageNoticePanel.Component />
          </Suspense>
        </PanelBoundary>
      )}
    </header>
  );
}
