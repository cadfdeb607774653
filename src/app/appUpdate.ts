/**
 * The app's service worker, registered from the app's own folder (`./sw.js`, so any sub-path
 * works). A new deploy's worker installs beside the running one and waits: the open page keeps
 * every file of its own version (the old worker still serves them) and is offered the new one.
 * Accepting tells the waiting worker to take over, then reloads; the view lives in the URL's
 * hash, so the reload keeps it.
 */
export interface AppUpdates {
  /** True once a new version is installed and waiting. */
  ready: () => boolean;
  subscribe: (listener: () => void) => () => void;
  /** Switches to the waiting version and reloads the page. */
  apply: () => void;
}

/**
 * Registers the worker once `after` resolves (main.tsx: once the app is on screen and the page
 * is idle): its precaching fetches and stores every file of the app, which must compete neither
 * with the first paint nor with the app's first render.
 */
export function registerAppUpdates(
  after: Promise<void>,
  container: ServiceWorkerContainer | undefined = navigator.serviceWorker,
): AppUpdates {
  let waiting: ServiceWorker | null = null;
  const listeners = new Set<() => void>();
  const offer = (worker: ServiceWorker) => {
    // The first install has no page to replace: only a worker replacing a controller is an update.
    if (!container?.controller) return;
    waiting = worker;
    for (const listener of listeners) listener();
  };

  if (container) {
    const start = async () => {
      const registration = await container.register('./sw.js', { scope: './' });
      if (registration.waiting) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => {
          if (installing.state === 'installed') offer(installing);
        });
      });
      // A tab left open for days looks for a new deploy when the reader comes back to it.
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') void registration.update().catch(() => {});
      });
    };
    void after.then(start).catch(() => {});
  }

  return {
    ready: () => waiting !== null,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    apply: () => {
      if (!container || !waiting) return;
      container.addEventListener('controllerchange', () => window.location.reload(), {
        once: true,
      });
      waiting.postMessage({ type: 'SKIP_WAITING' });
    },
  };
}
