/** Findings for people (grouped by severity, coloured on a terminal) and for machines (JSON with vnetNames). */
import type { Design } from '../model/schema';
import type { Finding, Severity } from '../engine/types';

export type FindingWithNames = Finding & { vnetNames: string[] };

export function withVnetNames(findings: readonly Finding[], design: Design): FindingWithNames[] {
  const names = new Map(design.vnets.map((v) => [v.id, v.name]));
  return findings.map((f) => ({ ...f, vnetNames: f.vnets.map((id) => names.get(id) ?? id).sort() }));
}

const GROUPS: { severity: Severity; title: string; mark: string; colour: string }[] = [
  { severity: 'error', title: 'Errors', mark: 'x', colour: '\u001b[31m' },
  { severity: 'warning', title: 'Warnings', mark: '!', colour: '\u001b[33m' },
  { severity: 'info', title: 'Info', mark: 'i', colour: '\u001b[36m' },
];
const BOLD = '\u001b[1m';
const RESET = '\u001b[0m';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatFindingsText(findings: readonly FindingWithNames[], source: string, colour: boolean): string {
  const paint = (code: string, text: string) => (colour ? `${code}${text}${RESET}` : text);
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const lines: string[] = [];
  lines.push(
    paint(BOLD, `${source}: ${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${count('info')} info`),
  );
  for (const g of GROUPS) {
    const group = findings.filter((f) => f.severity === g.severity);
    if (group.length === 0) continue;
    lines.push('', paint(g.colour + BOLD, `${g.title} (${group.length})`));
    for (const f of group) {
      lines.push(`  ${paint(g.colour, g.mark)} ${paint(BOLD, f.code)}  ${f.message}`);
      if (f.vnetNames.length > 0) lines.push(`      VNets: ${f.vnetNames.join(', ')}`);
      for (const fix of f.fixes ?? []) lines.push(`      fix: ${fix.title}`);
    }
  }
  if (findings.length === 0) lines.push('', 'No findings.');
  return `${lines.join('\n')}\n`;
}
