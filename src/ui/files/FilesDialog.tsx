/**
 * Open: this design as a file (save, open, image export) and the designs kept in this browser (open,
 * rename, duplicate, delete), and the way to this design's history. Opening another design keeps the current one in the list.
 */
import { useReactFlow } from '@xyflow/react';
import { useRef, useState } from 'react';
import { Dialog } from '../common/Dialog';
import { downloadUrl } from '../common/download';
import { Icon } from '../common/Icon';
import type { DialogProps } from '../dialogs/registry';
import { useDesigner, useStoreApi } from '../StoreProvider';
import { designFileName, downloadDesign } from './download';
import { renderDiagram, type ImageKind } from './exportImage';
import { LibraryList } from './LibraryList';
import { openDesignFile } from './openFile';
import '../share/share.css';

export default function FilesDialog({ onClose }: DialogProps) {
  const store = useStoreApi();
  const design = useDesigner((s) => s.design);
  const flow = useReactFlow();
  const fileInput = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<{ text: string; isError: boolean }>({ text: '', isError: false });
  const exportImage = async (kind: ImageKind) => {
    setStatus({ text: `Drawing the ${kind.toUpperCase()}…`, isError: false });
    const r = await renderDiagram(kind, flow.getNodes());
    if (!r.ok) return setStatus({ text: `Export failed: ${r.message}`, isError: true });
    downloadUrl(r.dataUrl, designFileName(design, kind));
    setStatus({ text: `Saved ${designFileName(design, kind)}`, isError: false });
  };
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const r = await openDesignFile(store, file);
    if (r.ok) onClose();
    else setStatus({ text: r.message, isError: true });
  };
  return (
    <Dialog title="Open and save" onClose={onClose} wide footer={status.text ? (
      <span className={status.isError ? 'import-error' : 'muted'} role={status.isError ? 'alert' : 'status'}>{status.text}</span>
    ) : undefined}>
      <section className="files-section" aria-labelledby="files-this">
        <h3 id="files-this">This design: “{design.name}”</h3>
        <div className="files-row">
          <button type="button" className="primary" onClick={() => downloadDesign(design)}><Icon name="download" /> Save to file ({designFileName(design)})</button>
          <button type="button" onClick={() => void exportImage('png')}><Icon name="image" /> Export PNG</button>
          <button type="button" onClick={() => void exportImage('svg')}><Icon name="image" /> Export SVG</button>
          <button type="button" onClick={() => store.getState().actions.openDialog('history')}><Icon name="undo" /> History…</button>
        </div>
      </section>
      <section className="files-section" aria-labelledby="files-open">
        <h3 id="files-open">Open a design file</h3>
        <div className="files-row">
          <button type="button" onClick={() => fileInput.current?.click()}><Icon name="folder" /> Open file…</button>
          <span className="muted">or drop a .json file onto the canvas. Azure exports and ARM templates: use Import.</span>
          <input ref={fileInput} type="file" accept=".json,application/json" hidden aria-label="Design file"
            onChange={(e) => void onFile(e.currentTarget.files?.[0])} />
        </div>
      </section>
      <section className="files-section" aria-labelledby="files-library">
        <h3 id="files-library">Designs in this browser</h3>
        <LibraryList onOpened={onClose} onError={(text) => setStatus({ text, isError: true })} />
      </section>
    </Dialog>
  );
}
