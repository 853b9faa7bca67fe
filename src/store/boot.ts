/**
 * Starting the designer in a browser: designs come from IndexedDB (older versions' localStorage copies
 * are brought in first), this tab reopens the design it had (sessionStorage survives a reload of the
 * tab) or else the one saved last, with its undo history. Without IndexedDB it falls back to the
 * localStorage autosave of older versions.
 */
import { sampleDesign } from '../model/sample';
import { createDesignerStore, type DesignerStore } from './createDesignerStore';
import { freshId, lastOpened, listDesigns, loadDesign, loadHistory, migrateLocalStorage, openDesignDb, type DesignDb } from './designDb';
import { browserStorage } from './persist';
import { attachSession, TAB_KEY, type DesignSession } from './session';

export interface BootOptions {
  db?: DesignDb;
  /** where older versions kept designs (localStorage) */
  legacy?: Pick<Storage, 'getItem'>;
  /** survives a reload of this tab only (sessionStorage) */
  tab?: Pick<Storage, 'getItem' | 'setItem'>;
  now?: () => number;
}

export interface Booted {
  store: DesignerStore;
  session?: DesignSession;
  /** why the design this tab had could not be opened (a damaged entry) */
  problem?: string;
}

function sessionStorageOrUndefined(): Pick<Storage, 'getItem' | 'setItem'> | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

export async function bootDesigner(options: BootOptions = {}): Promise<Booted> {
  const db = options.db ?? openDesignDb();
  if (!db) return { store: createDesignerStore() };
  const now = options.now ?? (() => Date.now());
  const tab = options.tab ?? sessionStorageOrUndefined();
  const migrated = await migrateLocalStorage(db, options.legacy ?? browserStorage(), now());
  let fromTab: string | null;
  try {
    fromTab = tab?.getItem(TAB_KEY) ?? null;
  } catch {
    fromTab = null;
  }
  const wanted = fromTab ?? migrated ?? (await lastOpened(db));
  const loaded = wanted ? await loadDesign(db, wanted) : undefined;
  let session: DesignSession | undefined;
  const beforeReplace = (design: Parameters<DesignSession['snapshot']>[1], reason: string) => void session?.snapshot(reason, design);
  if (wanted && loaded?.ok) {
    const store = createDesignerStore({ design: loaded.design, storage: null, history: await loadHistory(db, wanted), hint: false, beforeReplace, now });
    session = attachSession(store, db, { id: wanted, rev: loaded.rev, written: loaded.design, now, tab });
    return { store, session };
  }
  // Nothing to reopen: the sample, stored only once the user changes it.
  const design = sampleDesign();
  const taken = new Set((await listDesigns(db)).map((e) => e.id));
  const store = createDesignerStore({ design, storage: null, hint: true, beforeReplace, now });
  session = attachSession(store, db, { id: freshId(now(), taken), rev: 0, written: design, now, tab });
  // A tab that showed the untouched sample remembers an id that was never stored: reopening nothing is no problem.
  const problem = loaded && !loaded.ok && !(loaded.missing && wanted === fromTab) ? loaded.message : undefined;
  return { store, session, ...(problem !== undefined ? { problem } : {}) };
}
