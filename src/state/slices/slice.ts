import type { StoreData } from './state';

/** Changes the store's data: a partial update, or a function of the current data. */
export type SetData = (
  update: Partial<StoreData> | ((state: StoreData) => Partial<StoreData>),
) => void;

/**
 * One concern's actions. Every slice reads and writes the store's whole data (an action may
 * change the view and session state together); the dataset is read from it (`get().dataset`),
 * never captured, since it can be replaced (src/state/slices/datasetSlice.ts).
 */
export type SliceCreator<T> = (set: SetData, get: () => StoreData) => T;
