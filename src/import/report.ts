/**
 * The import report grouped by cause (issue 13): one line per reason with how many items it left out,
 * then every item under it, in the order first met. Linear in the number of items.
 */
import type { ImportReport, SkippedItem } from './types';

export interface SkipGroup {
  why: string;
  items: SkippedItem[];
}

export function groupSkipped(skipped: readonly SkippedItem[]): SkipGroup[] {
  const groups = new Map<string, SkipGroup>();
  for (const s of skipped) {
    let g = groups.get(s.why);
    if (!g) groups.set(s.why, (g = { why: s.why, items: [] }));
    g.items.push(s);
  }
  return Array.from(groups.values());
}

/** The report as text lines: notes, then one line per cause with its count and each item indented under it. */
export function reportLines(report: ImportReport): string[] {
  const lines: string[] = [];
  for (const n of report.notes) lines.push(`  note: ${n}`);
  const groups = groupSkipped(report.skipped);
  if (groups.length > 0) lines.push(`  skipped ${report.skipped.length} item${report.skipped.length === 1 ? '' : 's'}:`);
  for (const g of groups) {
    lines.push(`  ${g.items.length} x ${g.why}`);
    for (const s of g.items) lines.push(`      ${s.what} at ${s.where}`);
  }
  return lines;
}
