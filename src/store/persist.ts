/**
 * Autosave: the design goes to localStorage on every change and comes back through the one load path
 * (parseDesign), so a corrupted or outdated save is refused instead of crashing the app.
 */
import { parseDesignText } from '../model/parse';
import type { Design } from '../model/schema';

export const AUTOSAVE_KEY = 'vnet-designer:design';

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

export function loadSaved(storage: KeyValueStorage | undefined): Design | undefined {
  if (!storage) return undefined;
  let text: string | null;
  try {
    text = storage.getItem(AUTOSAVE_KEY);
  } catch {
    return undefined; // storage disabled (private mode, sandboxed iframe)
  }
  if (text === null) return undefined;
  const parsed = parseDesignText(text);
  return parsed.ok ? parsed.value : undefined;
}

/** Returns false when the browser refused (quota, disabled storage); the UI can say so. */
export function save(storage: KeyValueStorage | undefined, design: Design): boolean {
  if (!storage) return false;
  try {
    storage.setItem(AUTOSAVE_KEY, JSON.stringify(design));
    return true;
  } catch {
    return false;
  }
}

/** The browser's localStorage, or undefined where it is missing or refused (private modes, tests). */
export function browserStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
