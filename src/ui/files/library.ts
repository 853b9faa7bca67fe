/**
 * Several named designs kept in the browser. The designer's autosave (store/persist.ts) holds the
 * design being edited; this library holds every design by id, plus which one is being edited. When
 * the user switches designs, the one being edited is written back to its slot first, so switching
 * never loses work. Everything read back goes through parseDesign (the one load path).
 */
import { parseDesignText } from '../../model/parse';
import type { Design } from '../../model/schema';
import type { KeyValueStorage } from '../../store/persist';

const INDEX_KEY = 'vnet-designer:library';
const CURRENT_KEY = 'vnet-designer:library:current';
const designKey = (id: string) => `vnet-designer:library:${id}`;

export type LibraryStorage = KeyValueStorage & Pick<Storage, 'removeItem'>;

export interface LibraryEntry {
  id: string;
  name: string;
  /** ms since epoch */
  savedAt: number;
  vnets: number;
}

function readIndex(storage: LibraryStorage): LibraryEntry[] {
  let text: string | null;
  try {
    text = storage.getItem(INDEX_KEY);
  } catch {
    return [];
  }
  if (!text) return [];
  try {
    const raw: unknown = JSON.parse(text);
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((e: unknown): LibraryEntry[] =>
      e !== null && typeof e === 'object' && 'id' in e && typeof e.id === 'string' && 'name' in e && typeof e.name === 'string' &&
      'savedAt' in e && typeof e.savedAt === 'number' && 'vnets' in e && typeof e.vnets === 'number'
        ? [{ id: e.id, name: e.name, savedAt: e.savedAt, vnets: e.vnets }]
        : [],
    );
  } catch {
    return [];
  }
}

function writeIndex(storage: LibraryStorage, entries: LibraryEntry[]): boolean {
  try {
    storage.setItem(INDEX_KEY, JSON.stringify(entries));
    return true;
  } catch {
    return false;
  }
}

export function listDesigns(storage: LibraryStorage): LibraryEntry[] {
  return readIndex(storage).sort((a, b) => b.savedAt - a.savedAt);
}

export function currentId(storage: LibraryStorage): string | undefined {
  try {
    return storage.getItem(CURRENT_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function setCurrentId(storage: LibraryStorage, id: string): void {
  try {
    storage.setItem(CURRENT_KEY, id);
  } catch {
    // storage refused: the library still works for this page
  }
}

function freshId(entries: LibraryEntry[], now: number): string {
  const taken = new Set(entries.map((e) => e.id));
  let n = now;
  while (taken.has(`d${n.toString(36)}`)) n++;
  return `d${n.toString(36)}`;
}

/** Stores `design` under `id` (a new id when omitted); returns the id, or undefined when storage refused. */
export function saveDesign(storage: LibraryStorage, design: Design, id?: string, now = Date.now()): string | undefined {
  const entries = readIndex(storage);
  const slot = id ?? freshId(entries, now);
  try {
    storage.setItem(designKey(slot), JSON.stringify(design));
  } catch {
    return undefined;
  }
  const entry: LibraryEntry = { id: slot, name: design.name, savedAt: now, vnets: design.vnets.length };
  const next = entries.some((e) => e.id === slot) ? entries.map((e) => (e.id === slot ? entry : e)) : [...entries, entry];
  return writeIndex(storage, next) ? slot : undefined;
}

export type LoadResult = { ok: true; design: Design } | { ok: false; message: string };

export function loadDesign(storage: LibraryStorage, id: string): LoadResult {
  let text: string | null;
  try {
    text = storage.getItem(designKey(id));
  } catch {
    return { ok: false, message: 'the browser refused to read its storage' };
  }
  if (text === null) return { ok: false, message: 'this design is no longer stored in the browser' };
  const parsed = parseDesignText(text);
  return parsed.ok ? { ok: true, design: parsed.value } : { ok: false, message: `the stored design is damaged: ${parsed.errors[0]?.message ?? ''}` };
}

export function renameDesign(storage: LibraryStorage, id: string, name: string, now = Date.now()): boolean {
  const loaded = loadDesign(storage, id);
  return loaded.ok && saveDesign(storage, { ...loaded.design, name }, id, now) === id;
}

export function duplicateDesign(storage: LibraryStorage, id: string, now = Date.now()): string | undefined {
  const loaded = loadDesign(storage, id);
  return loaded.ok ? saveDesign(storage, { ...loaded.design, name: `${loaded.design.name} (copy)` }, undefined, now) : undefined;
}

export function deleteDesign(storage: LibraryStorage, id: string): void {
  try {
    storage.removeItem(designKey(id));
  } catch {
    // the index below no longer lists it either way
  }
  writeIndex(storage, readIndex(storage).filter((e) => e.id !== id));
}
