import { getOrCreate } from '../domain/cache';
import type { Dataset } from '../domain/types';

/**
 * How to make one value derived from a store's dataset (an index, a search worker), and how to
 * release it. Declared once, as a module constant: the constant is the key, and each store
 * keeps its own value.
 */
export interface Derivation<T> {
  make: (dataset: Dataset, derived: DerivedValues) => T;
  /** Frees what the value holds (terminates a worker); called when its store is released. */
  release?: (value: T) => void;
  /** Made from the dataset's events alone: kept when the dataset is replaced by one with the same events. */
  eventsOnly?: boolean;
}

export function derivation<T>(
  make: Derivation<T>['make'],
  release?: Derivation<T>['release'],
  eventsOnly = false,
): Derivation<T> {
  return { make, release, eventsOnly };
}

/**
 * The values derived from one store's dataset, each made the first time it is asked for and
 * kept for the store's life: two stores (two datasets in one page) never share or evict each
 * other's. `release` frees them all; a released store must not be read again.
 */
export interface DerivedValues {
  get: <T>(what: Derivation<T>) => T;
  release: () => void;
  /**
   * The values of `next`, which replaces this dataset: those made from the events alone move
   * to it when its events are the same array (this one's `release` then leaves them be).
   */
  carry: (next: Dataset) => DerivedValues;
}

export function createDerivedValues(
  dataset: Dataset,
  kept: ReadonlyMap<Derivation<unknown>, unknown> = new Map(),
): DerivedValues {
  const values = new Map<Derivation<unknown>, unknown>(kept);
  let released = false;
  const derived: DerivedValues = {
    get: <T>(what: Derivation<T>): T => {
      if (released) throw new Error('This store was released: its derived values are gone.');
      const key = what as Derivation<unknown>;
      return getOrCreate(values, key, () => what.make(dataset, derived)) as T;
    },
    release: () => {
      released = true;
      for (const [what, value] of values) what.release?.(value);
      values.clear();
    },
    carry: (next) => {
      const same = next.events === dataset.events;
      const moved = new Map([...values].filter(([what]) => same && what.eventsOnly));
      for (const what of moved.keys()) values.delete(what);
      return createDerivedValues(next, moved);
    },
  };
  return derived;
}
