/**
 * Import: an Azure estate (az CLI output, REST / Resource Graph JSON, Azure PowerShell output, an ARM template) or a design
 * file, by file or paste, through the same importAny as the CLI's validate. The imported VNets are
 * laid out automatically (hubs in the middle, spokes around, by region), then the dialog shows what
 * was skipped and why, and the findings the design now has.
 */
import { useRef, useState } from 'react';
import { describeFormat } from '../../import';
import { Dialog } from '../common/Dialog';
import { Icon } from '../common/Icon';
import type { DialogProps } from '../dialogs/registry';
import { readFileText } from '../files/download';
import { countFindings, openText, type OpenResult } from '../files/openFile';
import { useStoreApi } from '../StoreProvider';
import { ImportReportView } from './ImportReportView';
import '../share/share.css';

type Done = Extract<OpenResult, { ok: true }>;

export default function ImportDialog({ onClose }: DialogProps) {
  const store = useStoreApi();
  const [text, setText] = useState('');
  const [parameters, setParameters] = useState('');
  const [source, setSource] = useState('Pasted text');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Done | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const run = async (input: string, from: string) => {
    setBusy(true);
    setError('');
    const r = await openText(store, input, from, parameters.trim() === '' ? {} : { parameters, parametersSource: 'the parameters field' });
    setBusy(false);
    if (r.ok) setDone(r);
    else setError(r.message);
  };
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const read = await readFileText(file);
    if (!read.ok) return setError(read.message);
    setSource(file.name);
    setText(read.text.length > 200_000 ? '' : read.text);
    await run(read.text, file.name);
  };
  if (done) {
    const counts = countFindings(done.design);
    return (
      <Dialog title="Import finished" onClose={onClose} wide footer={
        <button type="button" className="primary" onClick={onClose}>Show the design</button>
      }>
        <ImportReportView design={done.design} report={done.report} format={describeFormat(done.report.format)} counts={counts} />
      </Dialog>
    );
  }
  return (
    <Dialog title="Import an Azure estate or a design" onClose={onClose} wide footer={
      <>
        <span className="muted">The current design is kept in Open › Designs in this browser.</span>
        <button type="button" className="primary" disabled={busy || text.trim() === ''} onClick={() => void run(text, source)}>
          <Icon name="upload" /> {busy ? 'Importing…' : 'Import'}
        </button>
      </>
    }>
      <p className="share-intro">
        Accepted: <code>az network vnet list -o json</code> (with route tables, gateways and firewalls appended), Azure REST or Resource Graph
        JSON, <code>Get-AzVirtualNetwork | ConvertTo-Json -Depth 10</code>, an ARM template (with its parameters below),
        <code>terraform show -json</code> of a state or plan, or a design file.
        For Bicep, compile it first (<code>bicep build main.bicep</code>, and <code>bicep build-params main.bicepparam</code> for its
        parameters) and import the JSON.
      </p>
      <div className="files-row import-tabs">
        <button type="button" onClick={() => fileInput.current?.click()}><Icon name="folder" /> Choose a file…</button>
        <input ref={fileInput} type="file" accept=".json,application/json" hidden aria-label="File to import"
          onChange={(e) => void onFile(e.currentTarget.files?.[0])} />
        <span className="muted">or paste below</span>
      </div>
      <label className="share-field">
        <span>JSON to import</span>
        <textarea className="import-paste" rows={12} value={text} spellCheck={false} placeholder='[ { "type": "Microsoft.Network/virtualNetworks", … } ]'
          onChange={(e) => {
            setText(e.target.value);
            setSource('Pasted text');
          }} />
      </label>
      <details className="import-parameters" open={parameters !== ''}>
        <summary>Template parameters (optional)</summary>
        <label className="share-field">
          <span>ARM parameters file (JSON)</span>
          <textarea className="import-paste" rows={6} value={parameters} spellCheck={false}
            placeholder='{ "parameters": { "hubPrefix": { "value": "10.0.0.0/16" } } }'
            onChange={(e) => setParameters(e.target.value)} />
        </label>
      </details>
      {error && (
        <div className="import-error" role="alert"><Icon name="warning" /><span>{error}</span></div>
      )}
    </Dialog>
  );
}
