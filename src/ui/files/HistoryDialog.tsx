/**
 * The design's recent versions, newest first: when, what changed against the version before, and the
 * snapshots kept before a Replace, an import or a link. Restoring one is one undo step (and the design
 * it replaces is kept as a snapshot too).
 */
import { useEffect, useState } from 'react';
import type { StoredVersion } from '../../store/designDb';
import { sessionOf } from '../../store/session';
import { Dialog } from '../common/Dialog';
import type { DialogProps } from '../dialogs/registry';
import { useDesigner, useStoreApi } from '../StoreProvider';
import '../share/share.css';

const when = (ms: number) => new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export default function HistoryDialog({ onClose }: DialogProps) {
  const store = useStoreApi();
  const name = useDesigner((s) => s.design.name);
  const session = sessionOf(store);
  const [versions, setVersions] = useState<StoredVersion[] | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void (session ? session.versions() : Promise.resolve([])).then((v) => live && setVersions(v));
    return () => {
      live = false;
    };
  }, [session]);
  const restore = (v: StoredVersion) => {
    store.getState().actions.replaceDesign(v.design, 'Before restoring a version');
    onClose();
  };
  return (
    <Dialog title={`History of “${name}”`} onClose={onClose} wide footer={<button type="button" onClick={onClose}>Close</button>}>
      {!session && <p className="muted">This browser does not allow storing designs, so there is no history. Use Save to file.</p>}
      {session && versions === undefined && <p className="muted" role="status">Reading the history…</p>}
      {versions?.length === 0 && <p className="muted">No saved versions yet: every change you make is kept here.</p>}
      {versions && versions.length > 0 && (
        <>
          <p className="muted">The last 25 saves and the last 10 snapshots are kept. Restoring is one step: Undo takes it back.</p>
          <ul className="history-list" aria-label="Versions">
            {versions.map((v, i) => (
              <li key={`${v.at}-${i}`} className={v.reason ? 'is-snapshot' : undefined}>
                <span className="history-what">
                  {v.reason ? <span className="history-reason">{v.reason}</span> : <span>{v.summary}</span>}
                  <small>
                    {when(v.at)} · {plural(v.design.vnets.length, 'VNet')}, {plural(v.design.peerings.length, 'peering')}
                    {v.reason ? ` · “${v.design.name}”` : ''}
                  </small>
                </span>
                <button type="button" onClick={() => restore(v)} aria-label={`Restore the version of ${when(v.at)}${v.reason ? ` (${v.reason})` : ''}`}>Restore</button>
              </li>
            ))}
          </ul>
        </>
      )}
    </Dialog>
  );
}
