import { Suspense, useCallback, useId, useState } from 'react';
import { ExportMenu } from '../features/export/ExportMenu';
import type { ExportPanelProps } from '../features/export/ExportPanel';
import { NoticeBanner } from '../features/notice/NoticeBanner';
import { PrintView } from '../features/print/PrintView';
import { StoryIntro } from '../features/story/StoryIntro';
import { Timeline } from '../features/timeline/Timeline';
import { selectFilteredEvents, selectSelectedEvent } from '../state/selectors';
import { StoreContext, useActions, useAppStore, type AppStore } from '../state/store';
import { EscapeLevel } from '../shared/escapeLayers';
import { Layer } from '../shared/Layer';
import { useMediaQuery } from '../shared/useMediaQuery';
import { PHONE, WIDE } from './breakpoints';
import { DocumentTitle } from './DocumentTitle';
import { Header } from './Header';
import { LateFilters } from './lateParts';
import {
  ActorPanel,
  EmbedBarPanel,
  EmptyResultPanel,
  EventDetailPanel,
  EventListPanel,
  ExportPanelPanel,
  MapPanelPanel,
  PrintDocumentPanel,
  SearchResultsPanel,
  ShardStripPanel,
  SourcePanelsPanel,
  WorkspacePanelPanel,
  StoryCardPanel,
} from './lazyPanels';
import { PanelBoundary } from './PanelBoundary';
import { ResultSummary } from './ResultSummary';
import type { AppUpdates } from './appUpdate';
import { UpdatePrompt } from './UpdatePrompt';
import { SelectionAnnouncer } from './SelectionAnnouncer';
import { useWorkAhead } from './useWorkAhead';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's stylesheet
import './theme.css';
// oxlint-disable-next-line import/no-unassigned-import -- buttons, chips, panels for every feature
import '../shared/controls.css';
// oxlint-disable-next-line import/no-unassigned-import -- the feature's stylesheet
import './layout.css';

/** The open "Cite & export" menu, loaded on demand; a failed load offers "Try again" in place. */
function ExportPanelLoaded(props: ExportPanelProps) {
  return (
    <PanelBoundary name="the export menu">
      <ExportPanelPanel.Component {...props} />
    </PanelBoundary>
  );
}

/**
 * The page: masthead, filters (a drawer on a phone), timeline or list, detail and sources. An
 * embed has a compact bar instead of the masthead and no filter column (its filters come from
 * its link).
 */
function Layout({ embed }: { embed: boolean }) {
  const layout = useAppStore((s) => s.view.layout);
  const hasEvent = useAppStore((s) => selectSelectedEvent(s) !== null);
  // The actor page (#/actor/<id>) takes the detail column; it and an event are exclusive.
  const hasActor = useAppStore((s) => s.view.actor !== null);
  const hasSources = useAppStore((s) => s.view.reading.length > 0);
  // A boolean, so a filter that leaves events re-renders the panels that show them, not the page.
  const empty = useAppStore((s) => selectFilteredEvents(s).length === 0);
  const sharded = useAppStore((s) => s.shards !== null);
  const searching = useAppStore((s) => s.view.query !== '');
  const mapOpen = useAppStore((s) => s.view.map !== null);
  const authoring = useAppStore((s) => s.workspace !== null);
  const inStory = useAppStore((s) => s.view.story !== null);
  const { mapToggled, eventSelected, actorClosed, sourcesClosed } = useActions();
  const phone = useMediaQuery(PHONE);
  // Without media queries (a test's DOM), the wide layout.
  const wide = useMediaQuery(WIDE, true);
  const open = hasEvent || hasActor;
  // The filters are a drawer where there is no room for their column: on a phone, and beside
  // an open event below the wide layout. An embed has none (its filters come from its link).
  const drawer = !embed && (phone || (!wide && open));
  const [drawerOpen, setDrawerOpen] = useState(false);
  if (drawerOpen && !drawer) setDrawerOpen(false);
  const drawerId = useId();
  const closeDrawer = useCallback(() => setDrawerOpen(false), []);
  const closeDetail = useCallback(
    () => (hasActor ? actorClosed() : eventSelected(null)),
    [hasActor, actorClosed, eventSelected],
  );

  useWorkAhead();

  const filters = (
    <PanelBoundary name="the filters">
      <LateFilters />
    </PanelBoundary>
  );

  return (
    <div
      className="app"
      data-event={open || undefined}
      data-sources={hasSources || undefined}
      data-embed={embed || undefined}
    >
      <a
        className="skip-link"
        href="#main-content"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main-content')?.focus();
        }}
      >
        Skip to events
      </a>
      {embed ? (
        <Suspense fallback={null}>
          <EmbedBarPanel.Component />
        </Suspense>
      ) : (
        <Header />
      )}
      <NoticeBanner />
      <SelectionAnnouncer />
      <div className="workspace">
        <aside
          className="sidebar"
          hidden={embed}
          data-drawer={drawer || undefined}
          aria-label="Filters"
        >
          {drawer ? (
            <>
              <button
                type="button"
                className="button drawer-toggle"
                aria-haspopup="dialog"
                aria-expanded={drawerOpen}
                aria-controls={drawerId}
                onClick={() => setDrawerOpen(true)}
              >
                Filters
              </button>
              <Layer
                className="sidebar-body"
                id={drawerId}
                label="Filters"
                open={drawerOpen}
                modal
                level={EscapeLevel.drawer}
                onClose={closeDrawer}
              >
                <div className="drawer-head">
                  <h2 className="sidebar-title">Filters</h2>
                  <button
                    type="button"
                    className="button is-primary drawer-done"
                    onClick={closeDrawer}
                  >
                    Show results
                  </button>
                </div>
                {filters}
              </Layer>
            </>
          ) : (
            <div className="sidebar-body">
              <h2 className="sidebar-title">Filters</h2>
              {filters}
            </div>
          )}
        </aside>
        <main id="main-content" className="main" tabIndex={-1}>
          <div className="result-bar">
            <ResultSummary />
            <div className="result-tools">
              <button type="button" className="button" aria-pressed={mapOpen} onClick={mapToggled}>
                Map
              </button>
              <ExportMenu Panel={ExportPanelLoaded} />
            </div>
          </div>
          <StoryIntro />
          {authoring && (
            <PanelBoundary name="the workspace">
              <Suspense fallback={<p className="panel-loading">Loading the workspace…</p>}>
                <WorkspacePanelPanel.Component />
              </Suspense>
            </PanelBoundary>
          )}
          {searching && (
            <PanelBoundary name="the search">
              <Suspense fallback={<p className="search-loading">Searching…</p>}>
                <SearchResultsPanel.Component />
              </Suspense>
            </PanelBoundary>
          )}
          {mapOpen && !empty && (
            <PanelBoundary name="the map">
              <Suspense fallback={<p className="map-loading">Loading the map…</p>}>
                <MapPanelPanel.Component />
              </Suspense>
            </PanelBoundary>
          )}
          <PanelBoundary key={layout} name={layout === 'list' ? 'the list' : 'the timeline'}>
            {empty ? (
              <Suspense fallback={null}>
                <EmptyResultPanel.Component />
              </Suspense>
            ) : layout === 'list' ? (
              <Suspense fallback={<p className="panel-loading">Loading the list…</p>}>
                <EventListPanel.Component />
              </Suspense>
            ) : (
              <>
                {sharded && (
                  <Suspense fallback={null}>
                    <ShardStripPanel.Component />
                  </Suspense>
                )}
                <Timeline />
              </>
            )}
          </PanelBoundary>
        </main>
        <Layer
          as="aside"
          className="detail"
          label={hasActor ? 'Person or organisation' : 'Event details'}
          open={open}
          modal={phone}
          level={EscapeLevel.selection}
          onClose={closeDetail}
        >
          {inStory && (
            <PanelBoundary name="the story">
              <Suspense fallback={null}>
                <StoryCardPanel.Component />
              </Suspense>
            </PanelBoundary>
          )}
          <PanelBoundary
            key={hasActor ? 'actor' : 'event'}
            name={hasActor ? 'the actor page' : 'the event details'}
          >
            <Suspense fallback={<p className="panel-loading">Loading…</p>}>
              {hasActor ? (
                <ActorPanel.Component />
              ) : hasEvent ? (
                <EventDetailPanel.Component />
              ) : null}
            </Suspense>
          </PanelBoundary>
        </Layer>
        <Layer
          className="sources"
          label="Sources"
          open={hasSources}
          modal={phone}
          level={EscapeLevel.sheet}
          onClose={sourcesClosed}
        >
          <PanelBoundary name="the sources">
            {hasSources && (
              <Suspense fallback={<p className="panel-loading">Loading the sources…</p>}>
                <SourcePanelsPanel.Component />
              </Suspense>
            )}
          </PanelBoundary>
        </Layer>
      </div>
      <PrintView Document={PrintDocumentPanel.Component} />
    </div>
  );
}

/**
 * The app for one store; main.tsx creates the store and binds it to the URL. `updates` offers a
 * new deploy's version (none in tests); `embed` is the compact view for another site's iframe.
 */
export function App({
  store,
  updates,
  embed = false,
}: {
  store: AppStore;
  updates?: AppUpdates;
  embed?: boolean;
}) {
  return (
    <StoreContext.Provider value={store}>
      <DocumentTitle />
      {updates && <UpdatePrompt updates={updates} />}
      <Layout embed={embed} />
    </StoreContext.Provider>
  );
}
