/**
 * Opening a share link when the browser already holds other work: the user chooses to open the link as
 * a separate design (the current one stays in the Designs list) or to replace the current design
 * (undo brings it back). A link that cannot be opened shows why, and the current design stays as it is.
 */
import { useMemo } from 'react';
import { decodeShare } from '../../share/share';
import { Dialog } from '../common/Dialog';
import { Icon } from '../common/Icon';
import type { DialogProps } from '../dialogs/registry';
import { switchDesign } from '../files/switchDesign';
import { useDesigner, useStoreApi } from '../StoreProvider';
import './share.css';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Core messages are lower-case clauses (they also end CLI lines); here they stand alone. */
const sentence = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}${/[.!?]$/.test(s) ? '' : '.'}`;

export default function OpenLinkDialog({ onClose, props }: DialogProps) {
  const store = useStoreApi();
  const currentName = useDesigner((s) => s.design.name);
  const currentVnets = useDesigner((s) => s.design.vnets.length);
  const fragment = typeof props?.fragment === 'string' ? props.fragment : '';
  const decoded = useMemo(() => decodeShare(fragment), [fragment]);
  if (!decoded.ok) {
    return (
      <Dialog title="This link cannot be opened" onClose={onClose} footer={<button type="button" className="primary" onClick={onClose}>Keep my design</button>}>
        <div className="link-error" role="alert">
          <Icon name="warning" />
          <span>{sentence(decoded.errors.join('; '))}</span>
        </div>
        <p>Nothing was changed: you are still working on “{currentName}”.</p>
      </Dialog>
    );
  }
  const design = decoded.value;
  const open = (keepCurrent: boolean) => {
    onClose();
    void switchDesign(store, design, { keepCurrent, reason: 'Before opening a link' }).then((r) => {
      const { actions } = store.getState();
      if (r.ok) return actions.dismissHint();
      actions.openDialog('message', { title: 'The link was not opened', message: `${r.message.charAt(0).toUpperCase()}${r.message.slice(1)}.` });
    });
  };
  return (
    <Dialog title="Open shared design" onClose={onClose} footer={<button type="button" onClick={onClose}>Cancel</button>}>
      <p>
        The link holds “{design.name}” ({plural(design.vnets.length, 'VNet')}, {plural(design.peerings.length, 'peering link')}). You are
        working on “{currentName}” ({plural(currentVnets, 'VNet')}), which differs from it.
      </p>
      <div className="link-choice">
        <button type="button" className="primary" onClick={() => open(true)}>
          Open as a separate design
          <small>“{currentName}” stays in Open › Designs in this browser</small>
        </button>
        <button type="button" onClick={() => open(false)}>
          Replace my design
          <small>Undo (Ctrl+Z) or Open › History… brings “{currentName}” back</small>
        </button>
      </div>
    </Dialog>
  );
}
