/**
 * Where designs live: one IndexedDB database (through idb-keyval) holding every design by id with a
 * revision number, the list shown as "Designs in this browser", each design's recent versions and its
 * undo history. localStorage (~5 MB, one big design at most) only held designs in older versions; they
 * are copied in on first start and stay where they were.
 *
 * A save names the revision it was based on; when another tab saved since, nothing is written and the
 * caller is told (`conflict`), so no tab ever overwrites another's work silently. The check and the
 * write are one IndexedDB transaction. Everything read back goes through parseDesign (the one load path).
 */
import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';
import { parseDesign } from '../model/parse';
import type { Design } from '../model/schema';
import type { History } from './history';
import { addVersion, summarizeChange, type Version } from './versions';

export interface LibraryEntry {
  id: string;
  name: string;
  /** ms since epoch */
  savedAt: number;
  vnets: number;
}

export interface DesignDb {
  use: UseStore;
}

export type SaveResult = { status: 'saved'; rev: number } | { status: 'conflict'; rev: number } | { status: 'failed'; message: string };
/** `missing`: nothing is stored under the id (a design never stored, such as the untouched sample, or one deleted since) */
export type LoadResult = { ok: true; design: Design; rev: number } | { ok: false; message: string; missing?: true };

const INDEX = 'library';
const LAST = 'last-opened';
const MIGRATED = 'migrated-local-storage';
const designKey = (id: string) => `design:${id}`;
const versionsKey = (id: string) => `versions:${id}`;
const undoKey = (id: string) => `undo:${id}`;
/** Undo steps kept across a reload (the in-memory history keeps more). */
export const STORED_UNDO_STEPS = 30;

/** The browser's database, or undefined where IndexedDB is missing (old browsers, some private modes). */
export function openDesignDb(name = 'vnet-designer'): DesignDb | undefined {
  try {
    return typeof indexedDB === 'undefined' ? undefined : { use: createStore(name, 'kv') };
  } catch {
    return undefined;
  }
}

const describe = (e: unknown) => {
  const name = e instanceof DOMException || e instanceof Error ? e.name : '';
  if (name === 'QuotaExceededError') return 'the browser storage is full';
  return `the browser refused to store the design${e instanceof Error && e.message ? ` (${e.message})` : ''}`;
};

function isEntry(e: unknown): e is LibraryEntry {
  return e !== null && typeof e === 'object' && 'id' in e && typeof e.id === 'string' && 'name' in e && typeof e.name === 'string' &&
    'savedAt' in e && typeof e.savedAt === 'number' && 'vnets' in e && typeof e.vnets === 'number';
}

const entriesOf = (raw: unknown): LibraryEntry[] => (Array.isArray(raw) ? raw.filter(isEntry) : []);
const revOf = (raw: unknown): number => (raw !== null && typeof raw === 'object' && 'rev' in raw && typeof raw.rev === 'number' ? raw.rev : 0);

function isVersion(v: unknown): v is Version {
  return v !== null && typeof v === 'object' && 'at' in v && typeof v.at === 'number' && 'summary' in v && typeof v.summary === 'string' && 'design' in v;
}

export async function listDesigns(db: DesignDb): Promise<LibraryEntry[]> {
  try {
    const raw = await db.use('readonly', (s) => promisifyRequest(s.get(INDEX)));
    return entriesOf(raw).sort((a, b) => b.savedAt - a.savedAt);
  } catch {
    return [];
  }
}

export async function loadDesign(db: DesignDb, id: string): Promise<LoadResult> {
  let raw: unknown;
  try {
    raw = await db.use('readonly', (s) => promisifyRequest(s.get(designKey(id))));
  } catch {
    return { ok: false, message: 'the browser refused to read its storage' };
  }
  if (raw === undefined || raw === null || typeof raw !== 'object' || !('design' in raw)) return { ok: false, message: 'this design is no longer stored in the browser', missing: true };
  const parsed = parseDesign(raw.design);
  return parsed.ok ? { ok: true, design: parsed.value, rev: revOf(raw) } : { ok: false, message: `the stored design is damaged: ${parsed.errors[0]?.message ?? ''}` };
}

export interface SaveOptions {
  /** the revision this design was based on: 0 for a design never stored */
  baseRev: number;
  now: number;
  /** the design this one was made from (for the version summary) */
  previous?: Design;
  /** the undo history to keep across a reload */
  history?: History;
}

/** Stores `design` under `id` unless another tab stored a newer revision since `baseRev`. */
export async function saveDesign(db: DesignDb, id: string, design: Design, { baseRev, now, previous, history }: SaveOptions): Promise<SaveResult> {
  try {
    return await db.use('readwrite', async (s): Promise<SaveResult> => {
      const [current, index, versions] = await Promise.all([
        promisifyRequest(s.get(designKey(id))), promisifyRequest(s.get(INDEX)), promisifyRequest(s.get(versionsKey(id))),
      ]);
      const rev = revOf(current);
      if (rev !== baseRev) return { status: 'conflict', rev };
      const next = rev + 1;
      s.put({ rev: next, savedAt: now, design }, designKey(id));
      const entry: LibraryEntry = { id, name: design.name, savedAt: now, vnets: design.vnets.length };
      s.put([entry, ...entriesOf(index).filter((e) => e.id !== id)], INDEX);
      const list = Array.isArray(versions) ? versions.filter(isVersion) : [];
      s.put(addVersion(list, { at: now, summary: summarizeChange(previous, design), design }), versionsKey(id));
      if (history) s.put(trimHistory(history), undoKey(id));
      s.put(id, LAST);
      await promisifyRequest(s.transaction);
      return { status: 'saved', rev: next };
    });
  } catch (e) {
    return { status: 'failed', message: describe(e) };
  }
}

function trimHistory(h: History): { past: Design[]; future: Design[] } {
  return { past: h.past.slice(-STORED_UNDO_STEPS), future: h.future.slice(0, STORED_UNDO_STEPS) };
}

/** Keeps `design` as a snapshot of `id` (before a Replace, an import, a link): a version that edits never push out. */
export async function addSnapshot(db: DesignDb, id: string, design: Design, reason: string, now: number): Promise<boolean> {
  try {
    await db.use('readwrite', async (s) => {
      const raw: unknown = await promisifyRequest(s.get(versionsKey(id)));
      const list = Array.isArray(raw) ? raw.filter(isVersion) : [];
      s.put(addVersion(list, { at: now, summary: summarizeChange(undefined, design), reason, design }), versionsKey(id));
      await promisifyRequest(s.transaction);
    });
    return true;
  } catch {
    return false;
  }
}

export interface StoredVersion {
  at: number;
  summary: string;
  reason?: string;
  design: Design;
}

/** The versions of `id`, newest first; damaged ones are left out. */
export async function listVersions(db: DesignDb, id: string): Promise<StoredVersion[]> {
  let raw: unknown;
  try {
    raw = await db.use('readonly', (s) => promisifyRequest(s.get(versionsKey(id))));
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  return raw.filter(isVersion).flatMap((v) => {
    const parsed = parseDesign(v.design);
    return parsed.ok ? [{ at: v.at, summary: v.summary, ...(v.reason ? { reason: v.reason } : {}), design: parsed.value }] : [];
  });
}

/** The undo history kept for `id`; steps that no longer parse are dropped. */
export async function loadHistory(db: DesignDb, id: string): Promise<History> {
  let raw: unknown;
  try {
    raw = await db.use('readonly', (s) => promisifyRequest(s.get(undoKey(id))));
  } catch {
    return { past: [], future: [] };
  }
  const steps = (list: unknown): Design[] => {
    if (!Array.isArray(list)) return [];
    return list.slice(-STORED_UNDO_STEPS).flatMap((d) => {
      const parsed = parseDesign(d);
      return parsed.ok ? [parsed.value] : [];
    });
  };
  if (raw === null || typeof raw !== 'object') return { past: [], future: [] };
  return { past: 'past' in raw ? steps(raw.past) : [], future: 'future' in raw ? steps(raw.future) : [] };
}

export async function lastOpened(db: DesignDb): Promise<string | undefined> {
  try {
    const raw = await db.use('readonly', (s) => promisifyRequest(s.get(LAST)));
    return typeof raw === 'string' ? raw : undefined;
  } catch {
    return undefined;
  }
}

export async function deleteDesign(db: DesignDb, id: string): Promise<boolean> {
  try {
    await db.use('readwrite', async (s) => {
      const index: unknown = await promisifyRequest(s.get(INDEX));
      s.put(entriesOf(index).filter((e) => e.id !== id), INDEX);
      s.delete(designKey(id));
      s.delete(versionsKey(id));
      s.delete(undoKey(id));
      await promisifyRequest(s.transaction);
    });
    return true;
  } catch {
    return false;
  }
}

/** A new id no stored design has. */
export function freshId(now: number, taken: ReadonlySet<string>): string {
  let n = now;
  while (taken.has(`d${n.toString(36)}`)) n++;
  return `d${n.toString(36)}`;
}

export type LegacyStorage = Pick<Storage, 'getItem'>;

const LEGACY_INDEX = 'vnet-designer:library';
const LEGACY_CURRENT = 'vnet-designer:library:current';
const LEGACY_AUTOSAVE = 'vnet-designer:design';

/**
 * Copies the designs older versions kept in localStorage (the library and the autosave) into the
 * database, once; localStorage is left as it was. Returns the id the old autosave was edited as.
 */
export async function migrateLocalStorage(db: DesignDb, storage: LegacyStorage | undefined, now: number): Promise<string | undefined> {
  if (!storage) return undefined;
  try {
    if ((await db.use('readonly', (s) => promisifyRequest(s.get(MIGRATED)))) !== undefined) return undefined;
  } catch {
    return undefined;
  }
  const read = (key: string): string | null => {
    try {
      return storage.getItem(key);
    } catch {
      return null;
    }
  };
  const json = (text: string | null): unknown => {
    try {
      return text === null ? undefined : JSON.parse(text);
    } catch {
      return undefined;
    }
  };
  let found: { id: string; design: Design; savedAt: number }[] = [];
  for (const e of entriesOf(json(read(LEGACY_INDEX))).slice(0, 1000)) {
    const parsed = parseDesign(json(read(`vnet-designer:library:${e.id}`)));
    if (parsed.ok) found.push({ id: e.id, design: parsed.value, savedAt: e.savedAt });
  }
  // The autosave is the design that was being edited: newer than its library slot, which it replaces.
  const autosave = parseDesign(json(read(LEGACY_AUTOSAVE)));
  const currentRaw = read(LEGACY_CURRENT);
  let editedId: string | undefined;
  if (autosave.ok) {
    editedId = currentRaw ?? freshId(now, new Set(found.map((f) => f.id)));
    const at = editedId;
    found = [...found.filter((f) => f.id !== at), { id: at, design: autosave.value, savedAt: now }];
  }
  try {
    await db.use('readwrite', async (s) => {
      const index: unknown = await promisifyRequest(s.get(INDEX));
      const entries = entriesOf(index);
      for (const f of found) {
        if (entries.some((e) => e.id === f.id)) continue;
        s.put({ rev: 1, savedAt: f.savedAt, design: f.design }, designKey(f.id));
        s.put([{ at: f.savedAt, summary: summarizeChange(undefined, f.design), reason: 'Kept from an older version', design: f.design }], versionsKey(f.id));
        entries.push({ id: f.id, name: f.design.name, savedAt: f.savedAt, vnets: f.design.vnets.length });
      }
      s.put(entries, INDEX);
      if (editedId) s.put(editedId, LAST);
      s.put(now, MIGRATED);
      await promisifyRequest(s.transaction);
    });
  } catch {
    return undefined;
  }
  return editedId;
}
