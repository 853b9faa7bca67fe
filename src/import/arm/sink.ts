/** Where the template walker puts what it found: resources in REST shape, and the report. */
import type { ResourceItem } from '../azure/context';
import type { ImportReport } from '../types';

export class ArmSink {
  readonly items: ResourceItem[] = [];
  constructor(readonly report: ImportReport) {}

  skip(what: string, where: string, why: string): void {
    this.report.skipped.push({ what, where: where || '(top level)', why });
  }

  note(text: string): void {
    if (!this.report.notes.includes(text)) this.report.notes.push(text);
  }
}
