/** A plain message (a file that could not be opened, ...): text only, never HTML. */
import { Dialog } from '../common/Dialog';
import { Icon } from '../common/Icon';
import type { DialogProps } from '../dialogs/registry';
import '../share/share.css';

export default function MessageDialog({ onClose, props }: DialogProps) {
  const title = typeof props?.title === 'string' ? props.title : 'Something went wrong';
  const message = typeof props?.message === 'string' ? props.message : '';
  return (
    <Dialog title={title} onClose={onClose} footer={<button type="button" className="primary" onClick={onClose}>OK</button>}>
      <div className="link-error" role="alert"><Icon name="warning" /><span>{message}</span></div>
      <p>Nothing was changed.</p>
    </Dialog>
  );
}
