/**
 * Export: pick a format from the exporters' registry, preview it highlighted, copy or download it.
 * The exporters and Prism load with this dialog, not with the app.
 */
import { useEffect, useMemo, useState } from 'react';
import type PrismType from 'prismjs';
import { EXPORT_FORMATS } from '../../export/registry';
import { Dialog } from '../common/Dialog';
import { downloadBlob } from '../common/download';
import { Icon } from '../common/Icon';
import type { DialogProps } from '../dialogs/registry';
import { useDesigner } from '../StoreProvider';
import { highlight, loadPrism } from './highlight';

export default function ExportDialog({ onClose, props }: DialogProps) {
  const design = useDesigner((s) => s.design);
  const initial = typeof props?.format === 'string' ? props.format : EXPORT_FORMATS[0]?.id;
  const [formatId, setFormatId] = useState(initial);
  const [prism, setPrism] = useState<typeof PrismType>();
  const [copied, setCopied] = useState(false);
  const format = EXPORT_FORMATS.find((f) => f.id === formatId) ?? EXPORT_FORMATS[0];
  const text = useMemo(() => (format ? format.run(design) : ''), [format, design]);
  const html = useMemo(() => (prism && format ? highlight(prism, text, format.language) : undefined), [prism, text, format]);
  useEffect(() => {
    let live = true;
    void loadPrism().then((p) => live && setPrism(() => p));
    return () => {
      live = false;
    };
  }, []);
  /** One file as is; a multi-file export (Bicep modules, Terraform) as a zip of its files. */
  const download = async () => {
    if (!format) return;
    let blob = new Blob([text], { type: 'text/plain;charset=utf-8' });
    let name = format.fileName;
    if (format.multiFile && format.runFiles) {
      const { strToU8, zipSync } = await import('fflate');
      const files = format.runFiles(design).files;
      blob = new Blob([zipSync(Object.fromEntries(Object.entries(files).map(([path, body]) => [path, strToU8(body)])))], { type: 'application/zip' });
      name = `${format.id}.zip`;
    }
    downloadBlob(blob, name);
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      setCopied(false);
    }
  };
  return (
    <Dialog title="Export" onClose={onClose} wide footer={
      <>
        <span className="muted" role="status">{copied ? 'Copied to the clipboard' : format ? `${format.fileName} · ${text.split('\n').length} lines` : ''}</span>
        <button type="button" onClick={() => void copy()}><Icon name="copy" /> Copy</button>
        <button type="button" className="primary" onClick={() => void download()}>
          <Icon name="download" /> {format?.multiFile ? 'Download .zip' : 'Download'}
        </button>
      </>
    }>
      <div className="export-layout">
        <div role="radiogroup" aria-label="Format" className="format-list">
          {EXPORT_FORMATS.map((f) => (
            <label key={f.id} className={f.id === format?.id ? 'format is-active' : 'format'}>
              <input type="radio" name="export-format" value={f.id} checked={f.id === format?.id} onChange={() => setFormatId(f.id)} />
              {f.label}
            </label>
          ))}
        </div>
        <pre className={`code-preview language-${format?.language ?? 'text'}`} aria-label={`${format?.label ?? ''} preview`} tabIndex={0}>
          {html !== undefined ? <code dangerouslySetInnerHTML={{ __html: html }} /> : <code>{text}</code>}
        </pre>
      </div>
    </Dialog>
  );
}
