/**
 * What the user sees when drawing the design failed: never a blank page. From here they can save the
 * design as a file (to keep it, or to report it), open any other design kept in this browser, or
 * start a new one. Nothing here renders the broken design itself.
 */
import { useEffect, useState } from 'react';
import type { DesignerStore } from '../../store/createDesignerStore';
import type { LibraryEntry } from '../../store/designDb';
import { sessionOf } from '../../store/session';
import { downloadDesign, designFileName } from '../files/download';
import { startNewDesign } from '../files/newDesign';

const when = (ms: number) => new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function RecoveryScreen({ store, error, onRecovered }: { store: DesignerStore; error: Error; onRecovered: () => void }) {
  const session = sessionOf(store);
  const design = store.getState().design;
  const [entries, setEntries] = useState<LibraryEntry[] | undefined>(undefined);
  const [status, setStatus] = useState('');
  useEffect(() => {
    let live = true;
    void (session ? session.list() : Promise.resolve([])).then((list) => live && setEntries(list));
    return () => {
      live = false;
    };
  }, [session]);
  const open = async (id: string) => {
    if (!session) return;
    const r = await session.open(id);
    if (r.ok) onRecovered();
    else setStatus(`Cannot open it: ${r.message}`);
  };
  const startFresh = async () => {
    if (await startNewDesign(store)) onRecovered();
    else setStatus('A new design cannot be started yet: the changes to this one are not stored. Save it to a file first.');
  };
  const others = (entries ?? []).filter((e) => e.id !== session?.id());
  return (
    <main className="recovery" aria-labelledby="recovery-title">
      <h1 id="recovery-title">This design could not be shown</h1>
      <p>
        Something went wrong while drawing “{design.name || 'Untitled'}”. It is still kept in this browser, and your other designs are
        safe.
      </p>
      <p className="recovery-error"><span className="muted">What failed:</span> <code>{error.message || error.name}</code></p>
      <div className="recovery-actions">
        <button type="button" className="primary" onClick={() => downloadDesign(design)}>Save this design to a file ({designFileName(design)})</button>
        <button type="button" onClick={() => void startFresh()}>Start a new design</button>
      </div>
      <section aria-labelledby="recovery-others">
        <h2 id="recovery-others">Your other designs</h2>
        {entries === undefined && <p className="muted" role="status">Looking for your designs…</p>}
        {entries !== undefined && others.length === 0 && <p className="muted">No other designs are kept in this browser.</p>}
        {others.length > 0 && (
          <ul className="library-list" aria-label="Your other designs">
            {others.map((e) => (
              <li key={e.id}>
                <span className="library-name" title={e.name}>{e.name || 'Untitled'}<small>{e.vnets} VNets · {when(e.savedAt)}</small></span>
                <button type="button" onClick={() => void open(e.id)} aria-label={`Open ${e.name}`}>Open</button>
              </li>
            ))}
          </ul>
        )}
      </section>
      {status && <p className="import-error" role="alert">{status}</p>}
    </main>
  );
}
