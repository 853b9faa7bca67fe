/** The first-start hint over the sample design: what it shows and where its one problem is. */
import { useActions, useDesigner } from './StoreProvider';

export function Hint() {
  const visible = useDesigner((s) => s.ui.hint);
  const { dismissHint } = useActions();
  if (!visible) return null;
  return (
    <div className="hint" role="note" aria-label="Getting started">
      <p>
        <strong>Welcome.</strong> This sample hub-and-spoke has one deliberate problem: the two spokes cannot reach each
        other (peering is not transitive). Open it in <em>Findings</em> and apply the quick fix, or drag from a VNet’s
        right-hand dot to another VNet to peer them. Press <kbd>?</kbd> for shortcuts.
      </p>
      <button type="button" className="link-button" onClick={dismissHint}>Got it</button>
    </div>
  );
}
