/**
 * Putting another design in front of the user without losing the one being edited:
 * - kept (`keepCurrent`, the default): the current design stays stored as it is, with a snapshot in
 *   its history ("Before import", "Before opening a link"), and the new design becomes a new entry;
 * - replaced: one undo step, and the replaced design is kept as a snapshot in the history (the
 *   store's beforeReplace hook, see store/boot.ts).
 * Without a design session (no IndexedDB, tests) the design is swapped in memory only.
 */
import type { Design } from '../../model/schema';
import type { DesignerStore } from '../../store/createDesignerStore';
import { sessionOf } from '../../store/session';

export async function switchDesign(store: DesignerStore, design: Design, { keepCurrent = true, reason }: { keepCurrent?: boolean; reason: string }): Promise<void> {
  const { actions } = store.getState();
  const session = sessionOf(store);
  if (!keepCurrent) {
    actions.replaceDesign(design, reason);
    return;
  }
  if (session) {
    await session.snapshot(reason);
    await session.create(design);
  } else {
    actions.openDesign(design);
  }
  actions.requestFit();
}
