import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { dataset } from './data';
import { createAppStore } from './state/store';
import { startUrlSync } from './state/urlSync';

const store = createAppStore(dataset);
// Before the first render, so the first paint already shows the linked view.
startUrlSync(store);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App store={store} />
    </StrictMode>,
  );
}
