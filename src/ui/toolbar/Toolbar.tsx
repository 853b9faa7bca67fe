/** The top bar: groups of actions (file, edit, add, view, plan, share/export), each a labelled button. */
import { hasDialog } from '../dialogs/registry';
import { SaveStatus } from '../files/SaveStatus';
import { startNewDesign } from '../files/newDesign';
import { useActions, useDesigner, useStoreApi } from '../StoreProvider';
import { DIALOG_BUTTONS, type ToolbarGroup } from './items';
import { ToolButton } from './ToolButton';
import { ViewGroup } from './ViewGroup';

/** Buttons whose text stays visible on narrow screens. */
const KEEP_LABEL = new Set(['share', 'export']);

function DialogButtons({ group }: { group: ToolbarGroup }) {
  const { openDialog } = useActions();
  return (
    <>
      {DIALOG_BUTTONS.filter((b) => b.group === group).map((b) => (
        <ToolButton key={b.dialog} label={b.label} icon={b.icon} onClick={() => openDialog(b.dialog)}
          disabled={!hasDialog(b.dialog)} compact={!KEEP_LABEL.has(b.dialog)} title={hasDialog(b.dialog) ? b.description : `${b.label}: not available in this build`} />
      ))}
    </>
  );
}

export function Toolbar() {
  const actions = useActions();
  const store = useStoreApi();
  const canUndo = useDesigner((s) => s.history.past.length > 0);
  const canRedo = useDesigner((s) => s.history.future.length > 0);
  const name = useDesigner((s) => s.design.name);
  return (
    <header className="toolbar" role="toolbar" aria-label="Designer toolbar">
      <div className="brand" title={`Design: ${name}`}>
        <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true"><path d="M4 6h6v6H4zM14 12h6v6h-6zM10 9h4v6" fill="none" stroke="currentColor" strokeWidth="2" /></svg>
        <span className="brand-name">VNet Peering Designer</span>
      </div>
      <div className="tool-group" role="group" aria-label="File">
        <ToolButton label="New design" icon="newfile" onClick={() => void startNewDesign(store)}
          title="New design: start an empty one (the current design stays in Open › Designs in this browser)" showLabel={false} />
        <DialogButtons group="file" />
      </div>
      <div className="tool-group" role="group" aria-label="Edit">
        <ToolButton label="Undo" icon="undo" onClick={actions.undo} disabled={!canUndo} showLabel={false} title="Undo (Ctrl+Z)" />
        <ToolButton label="Redo" icon="redo" onClick={actions.redo} disabled={!canRedo} showLabel={false} title="Redo (Ctrl+Shift+Z / Ctrl+Y)" />
      </div>
      <div className="tool-group" role="group" aria-label="Add">
        <ToolButton label="Add VNet" icon="plus" onClick={() => actions.addVnet()} draggableKind="vnet" title="Add a VNet (or drag onto the canvas)" />
        <ToolButton label="Add on-premises" icon="building" onClick={() => actions.addOnPremises()} draggableKind="onprem" compact title="Add an on-premises network (or drag onto the canvas)" />
      </div>
      <ViewGroup />
      <div className="tool-group" role="group" aria-label="Plan"><DialogButtons group="plan" /></div>
      <div className="toolbar-spacer" />
      <SaveStatus />
      <div className="tool-group" role="group" aria-label="Share and export"><DialogButtons group="share" /></div>
    </header>
  );
}
