/** Where the template walker puts what it found: resources in REST shape, and the report. */
import type { ResourceItem } from '../azure/context';
import type { ImportReport } from '../types';

export class ArmSink {
  readonly items: ResourceItem[] = [];
  /** ids of VNets declared `existing`: placeholders in the design (issue 13 item 1) */
  readonly existingVnetIds: string[] = [];
  /** VNet items whose address space could not be evaluated (a parameter without a value): placeholders */
  readonly unknownAddressSpace = new Map<unknown, string>();
  private readonly seenSkips = new Set<string>();
  private readonly seenNotes = new Set<string>();

  constructor(readonly report: ImportReport) {}

  skip(what: string, where: string, why: string): void {
    const item = { what, where: where || '(top level)', why };
    // a copy loop meets the same failure once per iteration: report it once (a Set, so 100,000 stay linear)
    const key = `${item.what}\n${item.where}\n${item.why}`;
    if (this.seenSkips.has(key)) return;
    this.seenSkips.add(key);
    this.report.skipped.push(item);
  }

  note(text: string): void {
    if (this.seenNotes.has(text)) return;
    this.seenNotes.add(text);
    this.report.notes.push(text);
  }
}
