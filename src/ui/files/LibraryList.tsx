/** The designs kept in this browser: open (the current one is kept), rename, duplicate, delete. */
import { useState } from 'react';
import { Icon } from '../common/Icon';
import { useStoreApi } from '../StoreProvider';
import { currentId, deleteDesign, duplicateDesign, listDesigns, loadDesign, renameDesign, type LibraryEntry } from './library';
import { browserStorage } from '../../store/persist';
import { stashCurrent, switchDesign } from './switchDesign';

const when = (ms: number) => new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function LibraryList({ onOpened, onError }: { onOpened: () => void; onError: (message: string) => void }) {
  const store = useStoreApi();
  const storage = browserStorage();
  // The design being edited is always in the list (stashed when the dialog opens), so it can be renamed too.
  const [entries, setEntries] = useState<LibraryEntry[]>(() => {
    if (storage) stashCurrent(store, storage);
    return storage ? listDesigns(storage) : [];
  });
  const [editing, setEditing] = useState<{ id: string; name: string } | null>(null);
  if (!storage) return <p className="muted">This browser does not allow storing designs (private mode?). Use Save to file.</p>;
  const current = currentId(storage);
  const refresh = () => setEntries(listDesigns(storage));
  const open = (id: string) => {
    const r = loadDesign(storage, id);
    if (!r.ok) return onError(`Cannot open it: ${r.message}`);
    switchDesign(store, storage, r.design, { slot: id });
    onOpened();
  };
  const rename = (id: string, name: string) => {
    const trimmed = name.trim();
    setEditing(null);
    if (!trimmed) return;
    if (id === current) store.getState().actions.commit([{ op: 'setDesignName', name: trimmed }]);
    if (!renameDesign(storage, id, trimmed)) onError('The browser refused to store the new name');
    refresh();
  };
  const remove = (e: LibraryEntry) => {
    if (!window.confirm(`Delete “${e.name}” from this browser? This cannot be undone.`)) return;
    deleteDesign(storage, e.id);
    refresh();
  };
  if (entries.length === 0) return <p className="muted">No designs stored yet.</p>;
  return (
    <ul className="library-list" aria-label="Designs in this browser">
      {entries.map((e) => (
        <li key={e.id} className={e.id === current ? 'is-current' : undefined}>
          {editing?.id === e.id ? (
            <input aria-label={`New name for ${e.name}`} value={editing.name} autoFocus maxLength={200}
              onChange={(ev) => setEditing({ id: e.id, name: ev.target.value })}
              onKeyDown={(ev) => {
                if (ev.key === 'Enter') rename(e.id, editing.name);
                if (ev.key === 'Escape') {
                  ev.stopPropagation();
                  setEditing(null);
                }
              }}
              onBlur={() => rename(e.id, editing.name)} />
          ) : (
            <span className="library-name" title={e.name}>
              {e.name || 'Untitled'}<small>{e.vnets} VNets · {when(e.savedAt)}{e.id === current ? ' · open now' : ''}</small>
            </span>
          )}
          <button type="button" onClick={() => open(e.id)} disabled={e.id === current} aria-label={`Open ${e.name}`}>Open</button>
          <button type="button" onClick={() => setEditing({ id: e.id, name: e.name })} aria-label={`Rename ${e.name}`}>Rename</button>
          <button type="button" onClick={() => {
            duplicateDesign(storage, e.id);
            refresh();
          }} aria-label={`Duplicate ${e.name}`}><Icon name="copy" /></button>
          <button type="button" onClick={() => remove(e)} disabled={e.id === current} aria-label={`Delete ${e.name}`}><Icon name="trash" /></button>
        </li>
      ))}
    </ul>
  );
}
