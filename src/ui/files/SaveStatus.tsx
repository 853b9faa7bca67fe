/**
 * The toolbar's save line: "Saved", "Saving…", or why the last change is not stored. Without a design
 * session (no IndexedDB) it reports the older localStorage autosave's failures only.
 */
import { sessionOf } from '../../store/session';
import { useDesigner, useStoreApi } from '../StoreProvider';

export function SaveStatus() {
  const hasSession = sessionOf(useStoreApi()) !== undefined;
  const save = useDesigner((s) => s.ui.save);
  const legacyFailed = useDesigner((s) => s.ui.saveFailed);
  if (!hasSession) {
    return legacyFailed ? <span className="save-state is-failed" role="status">Autosave failed: the browser refused to store the design</span> : null;
  }
  const text = {
    saved: 'Saved',
    saving: 'Saving…',
    failed: `Autosave failed: ${save.message ?? 'the browser refused to store the design'}`,
    conflict: 'Not saved: this design was changed in another tab',
  }[save.status];
  const isProblem = save.status === 'failed' || save.status === 'conflict';
  const advice = save.status === 'failed' ? '. Open › Save to file keeps your changes; leaving the page asks first.' : '';
  return <span className={isProblem ? 'save-state is-failed' : 'save-state'} role="status" title={`${text}${advice}`}>{text}</span>;
}
