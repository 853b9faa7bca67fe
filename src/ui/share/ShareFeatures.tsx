/**
 * Issue 5's pieces that live for the whole session: the dialogs it adds to the dialog host (share,
 * open link, open/save, import, message), opening `#d=…` links, and dropping files on the canvas.
 */
import { registerDialog } from '../dialogs/registry';
import { useFileDrop } from '../files/useFileDrop';
import { useShareLinkOpener } from './useShareLinkOpener';
import './share.css';

registerDialog('share', () => import('./ShareDialog'));
registerDialog('open-link', () => import('./OpenLinkDialog'));
registerDialog('files', () => import('../files/FilesDialog'));
registerDialog('import', () => import('../importer/ImportDialog'));
registerDialog('message', () => import('../files/MessageDialog'));

export function ShareFeatures() {
  useShareLinkOpener();
  const isDropping = useFileDrop();
  return isDropping ? <div className="canvas-drop-hint" aria-hidden="true">Drop the design file to open it</div> : null;
}
