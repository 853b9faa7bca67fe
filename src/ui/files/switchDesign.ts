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
import { sessionOf, type SwitchResult } from '../../store/session';

/** Refused (with the reason) when the current design's changes cannot be stored: switching would drop them. */
export async function switchDesign(store: DesignerStore, design: Design, { keepCurrent = true, reason }: { keepCurrent?: boolean; reason: string }): Promise<SwitchResult> {
  const { actions } = store.getState();
  const session = sessionOf(store);
  if (!keepCurrent) {
    actions.replaceDesign(design, reason);
    return { ok: true };
  }
  if (session) {
    await session.snapshot(reason);
    const r = await session.create(design);
    if (!r.ok) return r;
  } else {
    actions.openDesign(design);
  }
  actions.requestFit();
  return { ok: true };
}
