import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { onTestFinished } from 'vitest';
import type { Dataset } from '../../src/domain/types';
import { DEFAULT_VIEW, type ViewState } from '../../src/domain/view/viewState';
import {
  createAppStore,
  releaseAppStore,
  StoreContext,
  type AppStore,
} from '../../src/state/store';
import { makeStory } from './factories';

/**
 * Renders `ui` with a fresh store (the story dataset unless given); returns the store too. When
 * the test ends the tree is unmounted and the store released (its search worker ended).
 */
export function renderWithStore(
  ui: ReactElement,
  { dataset = makeStory(), view = DEFAULT_VIEW }: { dataset?: Dataset; view?: ViewState } = {},
): RenderResult & { store: AppStore } {
  const store = createAppStore(dataset, view);
  const result = render(<StoreContext.Provider value={store}>{ui}</StoreContext.Provider>);
  onTestFinished(() => {
    result.unmount();
    releaseAppStore(store);
  });
  return { ...result, store };
}
