/**
 * Opening a design file (file picker or drop on the canvas): through importAny, so a design file opens
 * as is and an Azure export or ARM template is imported and laid out, as a new entry in the Designs
 * list; the current design stays as it was, with a snapshot in its history.
 */
import { findingsOf } from '../../store/derived';
import { importAny, type ImportOptions, type ImportReport } from '../../import';
import type { Design } from '../../model/schema';
import type { DesignerStore } from '../../store/createDesignerStore';
import { autoLayout } from '../layout/autoLayout';
import { switchDesign } from './switchDesign';
import { readFileText } from './download';

export type OpenResult = { ok: true; design: Design; report: ImportReport } | { ok: false; message: string };

/**
 * An imported estate is laid out afresh (Azure has no positions; importers only line VNets up). A design
 * file keeps its own positions; nodes it has none for get one from the layout.
 */
export async function withLayout(design: Design, isImported: boolean): Promise<Design> {
  const nodes = [...design.vnets.map((v) => v.id), ...design.onPremises.map((o) => o.id)];
  if (!isImported && nodes.every((id) => design.layout.positions[id] !== undefined)) return design;
  const positions = await autoLayout(design);
  return { ...design, layout: { ...design.layout, positions: isImported ? positions : { ...positions, ...design.layout.positions } } };
}

export async function openText(store: DesignerStore, text: string, source: string, options: ImportOptions = {}): Promise<OpenResult> {
  const imported = importAny(text, options);
  if (!imported.ok) return { ok: false, message: `${source}: ${imported.error}` };
  const design = await withLayout(imported.design, imported.report.format !== 'design');
  const switched = await switchDesign(store, design, { reason: `Before import: ${source.slice(0, 80)}` });
  if (!switched.ok) return { ok: false, message: `${source} was not opened: ${switched.message}` };
  store.getState().actions.dismissHint();
  return { ok: true, design, report: imported.report };
}

export async function openDesignFile(store: DesignerStore, file: File): Promise<OpenResult> {
  const read = await readFileText(file);
  if (!read.ok) return { ok: false, message: read.message };
  return openText(store, read.text, file.name);
}

/** Finding counts by severity, for the import summary. */
export function countFindings(design: Design): Record<'error' | 'warning' | 'info', number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findingsOf(design)) counts[f.severity] += 1;
  return counts;
}
