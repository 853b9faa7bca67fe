/**
 * Switching the design being edited without losing the old one: the current design is written back to
 * its library slot (a new slot when it has none) before the next design takes its place.
 */
import type { Design } from '../../model/schema';
import type { DesignerStore } from '../../store/createDesignerStore';
import { currentId, saveDesign, setCurrentId, type LibraryStorage } from './library';

/** Keeps the design being edited in the library; returns its slot id (undefined when storage refused). */
export function stashCurrent(store: DesignerStore, storage: LibraryStorage | undefined): string | undefined {
  if (!storage) return undefined;
  const id = saveDesign(storage, store.getState().design, currentId(storage));
  if (id) setCurrentId(storage, id);
  return id;
}

/**
 * Makes `design` the one being edited. `slot`: its library id when it comes from the library; a new
 * slot is made otherwise. With `keepCurrent` (the default) the old design is stashed first.
 */
export function switchDesign(
  store: DesignerStore, storage: LibraryStorage | undefined, design: Design, { slot, keepCurrent = true }: { slot?: string; keepCurrent?: boolean } = {},
): void {
  // Kept: a separate document with its own (fresh) undo history. Replaced: one undo step brings the old design back.
  if (keepCurrent) {
    stashCurrent(store, storage);
    store.getState().actions.openDesign(design);
  } else {
    store.getState().actions.replaceDesign(design);
  }
  if (!storage) return;
  const id = saveDesign(storage, design, slot);
  if (id) setCurrentId(storage, id);
}
