/** The designs kept in this browser: open (the current one stays as it is), rename, duplicate, delete. */
import { useCallback, useEffect, useState } from 'react';
import type { LibraryEntry } from '../../store/designDb';
import { sessionOf } from '../../store/session';
import { Icon } from '../common/Icon';
import { useStoreApi } from '../StoreProvider';

const when = (ms: number) => new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function LibraryList({ onOpened, onError }: { onOpened: () => void; onError: (message: string) => void }) {
  const store = useStoreApi();
  const session = sessionOf(store);
  const [entries, setEntries] = useState<LibraryEntry[] | undefined>(undefined);
  const [editing, setEditing] = useState<{ id: string; name: string } | null>(null);
  const refresh = useCallback(async () => {
    if (session) setEntries(await session.list());
  }, [session]);
  useEffect(() => {
    let live = true;
    void session?.list().then((list) => live && setEntries(list));
    return () => {
      live = false;
    };
  }, [session]);
  if (!session) return <p className="muted">This browser does not allow storing designs (private mode?). Use Save to file.</p>;
  if (entries === undefined) return <p className="muted" role="status">Reading the designs…</p>;
  const current = session.id();
  const open = async (id: string) => {
    const r = await session.open(id);
    if (!r.ok) return onError(`Cannot open it: ${r.message}`);
    store.getState().actions.requestFit();
    onOpened();
  };
  const rename = async (id: string, name: string) => {
    const trimmed = name.trim();
    setEditing(null);
    if (!trimmed) return;
    if (!(await session.rename(id, trimmed))) onError('The browser refused to store the new name');
    await refresh();
  };
  const duplicate = async (id: string) => {
    if (!(await session.duplicate(id))) onError('The browser refused to store the copy');
    await refresh();
  };
  const remove = async (e: LibraryEntry) => {
    if (!window.confirm(`Delete “${e.name}” from this browser? This cannot be undone.`)) return;
    if (!(await session.remove(e.id))) onError('The browser refused to delete it');
    await refresh();
  };
  if (entries.length === 0) return <p className="muted">No designs stored yet: the design you are editing is stored as soon as you change it.</p>;
  return (
    <ul className="library-list" aria-label="Designs in this browser">
      {entries.map((e) => (
        <li key={e.id} className={e.id === current ? 'is-current' : undefined}>
          {editing?.id === e.id ? (
            <input aria-label={`New name for ${e.name}`} value={editing.name} autoFocus maxLength={200}
              onChange={(ev) => setEditing({ id: e.id, name: ev.target.value })}
              onKeyDown={(ev) => {
                if (ev.key === 'Enter') void rename(e.id, editing.name);
                if (ev.key === 'Escape') {
                  ev.stopPropagation();
                  setEditing(null);
                }
              }}
              onBlur={() => void rename(e.id, editing.name)} />
          ) : (
            <span className="library-name" title={e.name}>
              {e.name || 'Untitled'}<small>{e.vnets} VNets · {when(e.savedAt)}{e.id === current ? ' · open now' : ''}</small>
            </span>
          )}
          <button type="button" onClick={() => void open(e.id)} disabled={e.id === current} aria-label={`Open ${e.name}`}>Open</button>
          <button type="button" onClick={() => setEditing({ id: e.id, name: e.name })} aria-label={`Rename ${e.name}`}>Rename</button>
          <button type="button" onClick={() => void duplicate(e.id)} aria-label={`Duplicate ${e.name}`}><Icon name="copy" /></button>
          <button type="button" onClick={() => void remove(e)} disabled={e.id === current} aria-label={`Delete ${e.name}`}><Icon name="trash" /></button>
        </li>
      ))}
    </ul>
  );
}
