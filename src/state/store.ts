import { createContext, useContext } from 'react';
import { createStore, useStore as useZustandStore, type StoreApi } from 'zustand';
import type { Dataset } from '../domain/types';
import { DEFAULT_VIEW, type ViewState } from '../domain/view/viewState';
import { createDerivedValues } from './derived';
import { createChartSlice, type ChartSlice } from './slices/chartSlice';
import { createDatasetSlice, type DatasetSlice } from './slices/datasetSlice';
import { createFilterSlice, type FilterSlice } from './slices/filterSlice';
import { stepsOf } from './slices/filterSteps';
import { createHistorySlice, type HistorySlice } from './slices/historySlice';
import { createMapSlice, type MapSlice } from './slices/mapSlice';
import { createPageSlice, type PageSlice } from './slices/pageSlice';
import { createReaderSlice, type ReaderSlice } from './slices/readerSlice';
import { createSearchSlice, type SearchSlice } from './slices/searchSlice';
import { createShardSlice, type ShardSlice } from './slices/shardSlice';
import { createSourceSlice, type SourceSlice } from './slices/sourceSlice';
import type { StoreData } from './slices/state';
import { createWorkspaceSlice, type WorkspaceSlice } from './slices/workspaceSlice';

export type { FilterStep } from './slices/filterSteps';
export type { HistoryMode, QuoteLocation, WorkspaceCheck } from './slices/state';
export type {
  WorkspaceCompiler,
  WorkspaceEdit,
  WorkspaceEditResult,
} from './slices/workspaceSlice';
export type { SourceTarget } from './slices/sourceSlice';

/**
 * The store: its data (src/state/slices/state.ts says where each piece lives) and its actions,
 * named for what the reader did, one slice per concern (src/state/slices).
 */
export interface AppState
  extends
    StoreData,
    PageSlice,
    FilterSlice,
    ChartSlice,
    SourceSlice,
    MapSlice,
    SearchSlice,
    HistorySlice,
    ReaderSlice,
    DatasetSlice,
    WorkspaceSlice,
    ShardSlice {}

/** Creates a fresh store; each test makes its own. */
export function createAppStore(
  dataset: Dataset,
  initialView: ViewState = DEFAULT_VIEW,
  /** The dataset's articles' text is to be read after the first frame (`articleText`). */
  awaitsText = false,
) {
  return createStore<AppState>()((set, get) => ({
    dataset,
    derived: createDerivedValues(dataset),
    view: initialView,
    historyMode: 'replace',
    notice: null,
    sourceFocus: null,
    filterSteps: stepsOf(initialView.filters),
    theme: 'system',
    hoveredPlace: null,
    hoveredEvent: null,
    workspace: null,
    workspaceCheck: { refused: [], warnings: [], setAside: [] },
    storageFailure: null,
    shards: null,
    articleText: awaitsText ? 'loading' : 'whole',
    ...createPageSlice(set, get),
    ...createFilterSlice(set, get),
    ...createChartSlice(set, get),
    ...createSourceSlice(set, get),
    ...createMapSlice(set, get),
    ...createSearchSlice(set, get),
    ...createHistorySlice(set, get),
    ...createReaderSlice(set, get),
    ...createDatasetSlice(set, get),
    ...createShardSlice(set, get),
    ...createWorkspaceSlice(() => get().datasetReplaced)(set, get),
  }));
}

export type AppStore = StoreApi<AppState>;

/** Frees what the store derived from its dataset (indexes, the search worker) once it is done. */
export function releaseAppStore(store: AppStore): void {
  store.getState().derived.release();
}

export const StoreContext = createContext<AppStore | null>(null);

/** The store from context, for components that call actions outside render (event handlers). */
export function useStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore must be used inside <StoreContext.Provider>');
  return store;
}

/** Reads a slice of the app store; selectors must return stable references (zustand v5). */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useZustandStore(useStoreApi(), selector);
}

/** The store's actions (stable functions), for event handlers; reading them never re-renders. */
export type AppActions = {
  [
    K in keyof AppState as AppState[K] extends (...args: never[]) => unknown ? K : never
  ]: AppState[K];
};

/** The actions of the store in context. */
export function useActions(): AppActions {
  return useStoreApi().getState();
}
