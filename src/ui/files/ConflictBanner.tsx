/**
 * Shown in a tab whose design another tab saved since: this tab stores nothing more until the user
 * chooses to load the other tab's version (dropping the changes made here) or to keep the work of
 * this tab as a separate design.
 */
import { useState } from 'react';
import { sessionOf } from '../../store/session';
import { Icon } from '../common/Icon';
import { useDesigner, useStoreApi } from '../StoreProvider';

export function ConflictBanner() {
  const store = useStoreApi();
  const isConflict = useDesigner((s) => s.ui.save.status === 'conflict');
  const name = useDesigner((s) => s.design.name);
  const [busy, setBusy] = useState(false);
  const session = sessionOf(store);
  if (!isConflict || !session) return null;
  const run = (task: () => Promise<void>) => {
    setBusy(true);
    void task().finally(() => setBusy(false));
  };
  return (
    <div className="conflict-banner" role="alert">
      <Icon name="warning" />
      <span>
        <strong>“{name}” was changed in another tab.</strong> Changes made here are not saved, so neither tab overwrites the other.
      </span>
      <button type="button" disabled={busy} onClick={() => run(session.reloadLatest)}>Load the latest</button>
      <button type="button" className="primary" disabled={busy} onClick={() => run(session.saveAsCopy)}>Save mine as a copy</button>
    </div>
  );
}
