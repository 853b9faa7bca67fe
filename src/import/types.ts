/** What every importer returns: a design (through `parseDesign`) plus a report of what it left out and why. */
import type { Design } from '../model/schema';

export type ImportFormat = 'design' | 'azure-cli' | 'azure-rest' | 'azure-powershell' | 'arm-template' | 'terraform' | 'unknown';

export interface SkippedItem {
  /** what was left out, e.g. "route 'to-internet'" or "addressSpace of vnet-hub" */
  what: string;
  /** where in the input, as a JSON path (`resources[3].properties.addressSpace`) or a resource id */
  where: string;
  /** why it was left out, in one sentence */
  why: string;
}

export interface ImportReport {
  format: ImportFormat;
  skipped: SkippedItem[];
  /** things the importer inferred or assumed (a gateway known only from its GatewaySubnet, placeholders...) */
  notes: string[];
}

export type ImportResult =
  | { ok: true; design: Design; report: ImportReport }
  | { ok: false; design: null; error: string; report: ImportReport };
