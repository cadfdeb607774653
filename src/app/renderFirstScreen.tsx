import { renderToString } from 'react-dom/server';
import type { Dataset } from '../domain/types';
import { createAppStore } from '../state/store';
import { App } from './App';

/**
 * The first screen as HTML, for the build to put in index.html (scripts/firstScreen.ts): the
 * app for the dataset's default view, drawn as the browser draws it before it has measured
 * anything (the timeline at its fallback width, the wide layout). The page shows it at once,
 * before any script or the dataset has loaded; main.tsx then renders the app in its place.
 * Its controls are disabled (a disabled fieldset around it): they do nothing until the app has
 * replaced them, and what a reader typed or chose in them would be lost.
 */
export function renderFirstScreen(dataset: Dataset): string {
  return renderToString(
    <fieldset className="first-screen" disabled>
      <App store={createAppStore(dataset)} />
    </fieldset>,
  );
}
