import { Suspense } from 'react';
import { plural } from '../domain/view/format';
import { formatDayRange } from '../domain/view/dates';
import { useAppStore } from '../state/store';
import { StorageNoticePanel } from './lazyPanels';
import { LateMastheadTools } from './lateParts';
import { PanelBoundary } from './PanelBoundary';

/**
 * The masthead: name, a line about the corpus, search, and the secondary controls (layout,
 * theme, sharing, stories) in a row, or behind a menu button where the window is narrow.
 */
export function Header() {
  const dataset = useAppStore((s) => s.dataset);
  // A sharded dataset is described by its overview's totals, not by the shards loaded so far.
  const overview = useAppStore((s) => s.shards?.overview ?? null);
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
      <LateMastheadTools />
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
