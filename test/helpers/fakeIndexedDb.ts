import {
  IDBCursor,
  IDBCursorWithValue,
  IDBDatabase,
  IDBIndex,
  IDBObjectStore,
  IDBRequest,
  IDBTransaction,
} from 'fake-indexeddb';
import { vi } from 'vitest';

/**
 * Puts fake-indexeddb's classes on the global object, where idb's wrapper looks for them
 * (`instanceof IDBRequest`); each test still opens its own `new IDBFactory()`.
 */
export function stubIndexedDbClasses(): void {
  const classes = {
    IDBCursor,
    IDBCursorWithValue,
    IDBDatabase,
    IDBIndex,
    IDBObjectStore,
    IDBRequest,
    IDBTransaction,
  };
  for (const [name, value] of Object.entries(classes)) vi.stubGlobal(name, value);
}
