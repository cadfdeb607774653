import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { dataset } from './data';
import { createAppStore } from './state/store';
import {
  loadPreferences,
  openStorage,
  startPreferenceSync,
  startupHash,
} from './state/preferenceSync';
import { startUrlSync } from './state/urlSync';

const storage = openStorage();
const preferences = loadPreferences(storage);
// Opened without a link: reopen the reader's last view.
const startAt = startupHash(window.location.hash, preferences);
if (startAt) window.history.replaceState(window.history.state, '', startAt);

const store = createAppStore(dataset);
// Before the first render, so the first paint already shows the linked view and theme.
startUrlSync(store);
startPreferenceSync(store, storage, preferences);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App store={store} />
    </StrictMode>,
  );
}
