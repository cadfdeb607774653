import { createRoot } from 'react-dom/client';
import { registerAppUpdates } from './app/appUpdate';
import { bootApp } from './app/boot';
import { afterFirstPaint, whenAppShown } from './app/firstScreen';
// oxlint-disable-next-line import/no-unassigned-import -- the prerendered first screen's styles (scripts/firstScreen.ts)
import 'virtual:first-screen.css';
import { loadPreferences, openStorage } from './state/preferenceSync';

const storage = openStorage();
const preferences = loadPreferences(storage);

/** `?embed`: the compact view made for another site's iframe (src/app/EmbedBar.tsx). */
const embed = new URLSearchParams(window.location.search).has('embed');
// An embed is a guest in someone's page: no service worker and no update prompt there.
const updates =
  !embed && 'serviceWorker' in navigator ? registerAppUpdates(whenAppShown()) : undefined;

const container = document.getElementById('root');
// index.html shows the prerendered first screen in #root until the app replaces it.
if (container) {
  void afterFirstPaint().then(() =>
    bootApp(createRoot(container), { embed, updates, storage, preferences }),
  );
}
