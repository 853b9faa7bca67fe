/** Renders the dialog named by the ui slice (one at a time), loading its code on first use. */
import { createElement, Suspense } from 'react';
import { useActions, useDesigner } from '../StoreProvider';
import { dialogComponent } from './registry';

export function DialogHost() {
  const dialog = useDesigner((s) => s.ui.dialog);
  const { closeDialog } = useActions();
  if (!dialog) return null;
  const Component = dialogComponent(dialog.id);
  if (!Component) return null;
  return (
    <Suspense fallback={<div className="dialog-backdrop" role="status" aria-live="polite"><div className="dialog dialog-loading">Loading…</div></div>}>
      {/* the lazy component is cached per id in the registry, so it is stable across renders */}
      {createElement(Component, { onClose: closeDialog, props: dialog.props })}
    </Suspense>
  );
}
