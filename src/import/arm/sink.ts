/** Where the template walker puts what it found: resources in REST shape, and the report. */
import type { ResourceItem } from '../azure/context';
import type { ImportReport } from '../types';

export class ArmSink {
  readonly items: ResourceItem[] = [];
  constructor(readonly report: ImportReport) {}

  skip(what: string, where: string, why: string): void {
    const item = { what, where: where || '(top level)', why };
    // a copy loop meets the same failure once per iteration: report it once
    if (!this.report.skipped.some((s) => s.what === item.what && s.where === item.where && s.why === item.why)) this.report.skipped.push(item);
  }

  note(text: string): void {
    if (!this.report.notes.includes(text)) this.report.notes.push(text);
  }
}
