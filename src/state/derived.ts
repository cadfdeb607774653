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
}

export function derivation<T>(
  make: Derivation<T>['make'],
  release?: Derivation<T>['release'],
): Derivation<T> {
  return { make, release };
}

/**
 * The values derived from one store's dataset, each made the first time it is asked for and
 * kept for the store's life: two stores (two datasets in one page) never share or evict each
 * other's. `release` frees them all; a released store must not be read again.
 */
export interface DerivedValues {
  get: <T>(what: Derivation<T>) => T;
  release: () => void;
}

export function createDerivedValues(dataset: Dataset): DerivedValues {
  const values = new Map<Derivation<unknown>, unknown>();
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
  };
  return derived;
}
