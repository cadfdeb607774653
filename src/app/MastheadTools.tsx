import { SearchBox } from '../features/search/SearchBox';
import { CopyLinkButton } from '../features/share/CopyLinkButton';
import { ShareButton } from '../features/share/ShareButton';
import type { StoriesDialogProps } from '../features/stories/StoriesDialog';
import { StoriesMenu } from '../features/stories/StoriesMenu';
import { useActions, useAppStore } from '../state/store';
import { StoriesDialogPanel } from './lazyPanels';
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
 * The masthead's controls: search, then layout, theme, sharing and stories in a row, or behind
 * a menu button where the window is narrow (MastheadMenu).
 */
export function MastheadTools() {
  const layout = useAppStore((s) => s.view.layout);
  const { layoutChanged } = useActions();
  return (
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
  );
}
