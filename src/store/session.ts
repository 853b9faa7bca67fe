/**
 * The design session of one tab: which stored design this tab edits (its id and the revision it last
 * saw), the autosave into the database, and the other tabs. Applied once per store (boot.ts).
 *
 * - Every design change (undo/redo too) is written, one write at a time, with the undo history.
 * - A save based on an old revision is refused by the database (designDb.ts); a tab that hears on the
 *   BroadcastChannel that another tab saved its design is stale at once. Either way nothing is written
 *   until the user chooses: load the latest, or save this tab's work as a copy.
 * - Switching designs (open, new, save as copy) first finishes the pending write.
 * The UI reads `ui.save` and calls these methods; it never touches storage itself.
 */
import type { Design } from '../model/schema';
import type { DesignerStore } from './createDesignerStore';
import {
  addSnapshot, deleteDesign, freshId, listDesigns, listVersions, loadDesign, loadHistory, saveDesign,
  type DesignDb, type LibraryEntry, type StoredVersion,
} from './designDb';
import type { History } from './history';
import type { SaveState } from './types';

export const TAB_KEY = 'vnet-designer:tab-design';
const CHANNEL = 'vnet-designer:designs';

type TabStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface SessionOptions {
  id: string;
  /** revision of the stored design the store holds (0: not stored yet) */
  rev: number;
  /** the design as stored (undefined: store it on the first chance) */
  written: Design | undefined;
  now?: () => number;
  tab?: TabStorage;
}

export interface DesignSession {
  readonly id: () => string;
  list(): Promise<LibraryEntry[]>;
  /** Switches this tab to a stored design; refused while the current design's changes cannot be stored. */
  open(id: string): Promise<SwitchResult>;
  /** Keeps `design` as a new stored design and switches to it (the current one stays as it is); refused as `open` is. */
  create(design: Design): Promise<SwitchResult>;
  /** Keeps the current design as a snapshot (before a Replace, an import, a link). */
  snapshot(reason: string, design?: Design): Promise<void>;
  versions(): Promise<StoredVersion[]>;
  /** Loads the newest stored revision of this design (after another tab changed it). */
  reloadLatest(): Promise<void>;
  /** Keeps this tab's work as a new design "<name> (copy)" and edits that from now on. */
  saveAsCopy(): Promise<void>;
  duplicate(id: string): Promise<boolean>;
  rename(id: string, name: string): Promise<boolean>;
  remove(id: string): Promise<boolean>;
  /** True while a change is not stored (pending, refused, or held back by a conflict). */
  hasUnsavedChanges(): boolean;
  /** Resolves when the pending write is done. */
  flush(): Promise<void>;
  /** Stops listening to the other tabs. */
  dispose(): void;
}

export type SwitchResult = { ok: true } | { ok: false; message: string };

const sessions = new WeakMap<DesignerStore, DesignSession>();

/** The session of a store made by bootDesigner; undefined for a store made without a database (tests). */
export function sessionOf(store: DesignerStore): DesignSession | undefined {
  return sessions.get(store);
}

export function attachSession(store: DesignerStore, db: DesignDb, options: SessionOptions): DesignSession {
  const now = options.now ?? (() => Date.now());
  let id = options.id;
  let rev = options.rev;
  let written = options.written;
  let isStale = false;
  let isFailed = false;
  let writing: Promise<void> | null = null;
  let isDisposed = false;
  const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CHANNEL);

  const setSave = (save: SaveState) => {
    const ui = store.getState().ui;
    if (ui.save.status !== save.status || ui.save.message !== save.message) store.setState({ ui: { ...ui, save } });
  };
  const rememberTab = () => {
    try {
      options.tab?.setItem(TAB_KEY, id);
    } catch {
      // the tab forgets which design it had: a reload opens the last one saved
    }
  };
  const markStale = () => {
    isStale = true;
    setSave({ status: 'conflict' });
  };

  const pump = async () => {
    for (;;) {
      const s = store.getState();
      if (isStale || s.design === written) break;
      const design = s.design;
      const at = id;
      setSave({ status: 'saving' });
      const r = await saveDesign(db, at, design, { baseRev: rev, now: now(), previous: written, history: s.history });
      if (at !== id) continue; // switched meanwhile: the new design is saved on the next turn
      if (r.status === 'conflict') return markStale();
      if (r.status === 'failed') {
        isFailed = true;
        return setSave({ status: 'failed', message: r.message });
      }
      isFailed = false;
      rev = r.rev;
      written = design;
      if (!isDisposed) channel?.postMessage({ kind: 'saved', id: at, rev });
    }
    if (!isStale) setSave({ status: 'saved' });
  };
  const kick = () => {
    if (!writing) writing = pump().finally(() => (writing = null));
    return writing;
  };
  const flush = async () => {
    while (writing) await writing;
  };

  store.subscribe((s, prev) => {
    if (s.design !== prev.design) void kick();
  });
  channel?.addEventListener('message', (e: MessageEvent<unknown>) => {
    const m = e.data;
    if (m === null || typeof m !== 'object' || !('kind' in m) || m.kind !== 'saved' || !('id' in m) || !('rev' in m)) return;
    if (m.id === id && typeof m.rev === 'number' && m.rev > rev) markStale();
  });

  /** Makes `next` the design this tab edits. */
  const switchTo = (nextId: string, nextRev: number, design: Design, stored: Design | undefined, history?: History) => {
    id = nextId;
    rev = nextRev;
    written = stored;
    isStale = false;
    isFailed = false;
    rememberTab();
    store.getState().actions.openDesign(design, history);
    setSave({ status: 'saved' });
    void kick();
  };

  /**
   * Before switching away: the current design must be stored, or its unsaved changes would be gone
   * from memory too. One more try, then the caller is told (storage full, another tab's version).
   */
  const settleCurrent = async (): Promise<SwitchResult> => {
    await flush();
    if (store.getState().design !== written && !isStale) await kick();
    if (store.getState().design === written) return { ok: true };
    return {
      ok: false,
      message: isStale
        ? `“${store.getState().design.name}” was changed in another tab: load the latest or save yours as a copy first`
        : `the changes to “${store.getState().design.name}” are not stored (${store.getState().ui.save.message ?? 'the browser refused'}): save it to a file first`,
    };
  };

  const session: DesignSession = {
    id: () => id,
    list: async () => {
      await flush();
      return listDesigns(db);
    },
    open: async (nextId) => {
      const settled = await settleCurrent();
      if (!settled.ok) return settled;
      const r = await loadDesign(db, nextId);
      if (!r.ok) return r;
      switchTo(nextId, r.rev, r.design, r.design, await loadHistory(db, nextId));
      return { ok: true };
    },
    create: async (design) => {
      const settled = await settleCurrent();
      if (!settled.ok) return settled;
      const taken = new Set((await listDesigns(db)).map((e) => e.id));
      taken.add(id);
      switchTo(freshId(now(), taken), 0, design, undefined);
      await flush();
      return { ok: true };
    },
    // Not after the pending write: IndexedDB runs transactions in the order they were made, so the
    // snapshot lands before the save of whatever replaces the design.
    snapshot: async (reason, design) => {
      await addSnapshot(db, id, design ?? store.getState().design, reason, now());
    },
    versions: async () => {
      await flush();
      return listVersions(db, id);
    },
    reloadLatest: async () => {
      const r = await loadDesign(db, id);
      if (!r.ok) return setSave({ status: 'failed', message: r.message });
      switchTo(id, r.rev, r.design, r.design, await loadHistory(db, id));
    },
    saveAsCopy: async () => {
      const s = store.getState();
      const taken = new Set((await listDesigns(db)).map((e) => e.id));
      taken.add(id);
      id = freshId(now(), taken);
      rev = 0;
      written = undefined;
      isStale = false;
      rememberTab();
      s.actions.renameDesign(`${s.design.name} (copy)`);
      await kick();
    },
    duplicate: async (from) => {
      await flush();
      const r = await loadDesign(db, from);
      if (!r.ok) return false;
      const taken = new Set((await listDesigns(db)).map((e) => e.id));
      taken.add(id);
      const copy = { ...r.design, name: `${r.design.name} (copy)` };
      return (await saveDesign(db, freshId(now(), taken), copy, { baseRev: 0, now: now() })).status === 'saved';
    },
    rename: async (target, name) => {
      if (target === id) {
        store.getState().actions.renameDesign(name);
        await flush();
        return !isFailed;
      }
      const r = await loadDesign(db, target);
      if (!r.ok) return false;
      return (await saveDesign(db, target, { ...r.design, name }, { baseRev: r.rev, now: now(), previous: r.design })).status === 'saved';
    },
    remove: async (target) => (target === id ? false : deleteDesign(db, target)),
    hasUnsavedChanges: () => isStale || isFailed || writing !== null || store.getState().design !== written,
    flush,
    dispose: () => {
      isDisposed = true;
      channel?.close();
    },
  };
  rememberTab();
  sessions.set(store, session);
  return session;
}
