import { renderToString } from 'react-dom/server';
import type { Dataset } from '../domain/types';
import { StoriesContext, type StoriesAccess } from '../state/stories';
import { createAppStore } from '../state/store';
import { App } from './App';
import { loadLateParts } from './lateParts';

/**
 * The stories access of a page being prerendered: the masthead draws its stories buttons as the
 * booted app does (src/app/boot.tsx), though no device is there to keep a story.
 */
const NO_DEVICE: StoriesAccess = {
  device: () =>
    Promise.resolve({
      ok: false,
      failure: { kind: 'unavailable', detail: 'prerendered at build time' },
    }),
  open: () => {},
  forget: () => {},
};

/**
 * The first screen as HTML, for the build to put in index.html (scripts/firstScreen.ts): the
 * app for the dataset's default view, drawn as the browser draws it before it has measured
 * anything (the timeline at its fallback width, the wide layout). The page shows it at once,
 * before any script or the dataset has loaded; main.tsx then renders the app in its place.
 * Its controls are disabled (a disabled fieldset around it): they do nothing until the app has
 * replaced them, and what a reader typed or chose in them would be lost.
 */
export async function renderFirstScreen(dataset: Dataset): Promise<string> {
  // The parts the app loads after its first frame are drawn here as the app draws them then.
  await loadLateParts();
  return renderToString(
    <fieldset className="first-screen" disabled>
      <StoriesContext.Provider value={NO_DEVICE}>
        <App store={createAppStore(dataset)} />
      </StoriesContext.Provider>
    </fieldset>,
  );
}
