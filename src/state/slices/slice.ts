import type { Dataset } from '../../domain/types';
import type { StoreData } from './state';

/** Changes the store's data: a partial update, or a function of the current data. */
export type SetData = (
  update: Partial<StoreData> | ((state: StoreData) => Partial<StoreData>),
) => void;

/**
 * One concern's actions. Every slice reads and writes the store's whole data (an action may
 * change the view and session state together) and sees the store's dataset.
 */
export type SliceCreator<T> = (set: SetData, get: () => StoreData, dataset: Dataset) => T;
