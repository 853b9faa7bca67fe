/**
 * Test helpers for the design database: a fresh IndexedDB (fake-indexeddb, jsdom unit tests only; the
 * browser tests use Chromium's own) per call, and one that refuses every write the way a full
 * browser storage does.
 */
import 'fake-indexeddb/auto';
import { createStore, type UseStore } from 'idb-keyval';
import type { DesignDb } from './designDb';

let count = 0;

export function freshDb(): DesignDb {
  count += 1;
  return { use: createStore(`vnet-designer-test-${count}-${Math.random().toString(36).slice(2)}`, 'kv') };
}

/** Reads pass through; writes fail with the QuotaExceededError a full storage gives. */
export function fullDb(db: DesignDb): DesignDb & { isFull: boolean } {
  const wrapper: DesignDb & { isFull: boolean } = {
    isFull: true,
    use: (<T,>(mode: IDBTransactionMode, callback: (store: IDBObjectStore) => T | PromiseLike<T>) =>
      mode === 'readwrite' && wrapper.isFull
        ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
        : db.use(mode, callback)) as UseStore,
  };
  return wrapper;
}
