import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { registerAppUpdates } from './app/appUpdate';
import { LoadFailure } from './app/LoadFailure';
import { loadDataset } from './data';
import { createAppStore } from './state/store';
import { loadPreferences, openStorage, startPreferenceSync } from './state/preferenceSync';
import { startUrlSync } from './state/urlSync';

const storage = openStorage();
const preferences = loadPreferences(storage);

/** `?embed`: the compact view made for another site's iframe (src/app/EmbedBar.tsx). */
const embed = new URLSearchParams(window.location.search).has('embed');
// An embed is a guest in someone's page: no service worker and no update prompt there.
const updates = !embed && 'serviceWorker' in navigator ? registerAppUpdates() : undefined;

const container = document.getElementById('root');
if (container) {
  const root = createRoot(container);
  // index.html shows "Loading…" in #root until the dataset arrives.
  loadDataset().then(
    (dataset) => {
      const store = createAppStore(dataset);
      // Before the first render, so the first paint already shows the linked view and theme.
      // Opened without a link, the reader's last view is opened instead (not in an embed).
      startUrlSync(store, window, embed ? null : preferences.lastView, { embedded: embed });
      startPreferenceSync(store, storage, preferences);
      root.render(
        <StrictMode>
          <App store={store} updates={updates} embed={embed} />
        </StrictMode>,
      );
    },
    (error: unknown) => root.render(<LoadFailure error={error} />),
  );
}
