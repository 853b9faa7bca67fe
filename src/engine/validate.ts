/**
 * validate(design) -> Finding[]: runs every rule (one rule per file under rules/), then sorts
 * deterministically by severity, code and first id. Rules are pure and share no state except the
 * memoised `DesignIndex` built once per design object.
 */
import type { Design } from '../model/schema';
import type { Finding } from './types';
import { RULES } from './rules';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
    cmp(a.vnets[0] ?? a.peerings[0] ?? '', b.vnets[0] ?? b.peerings[0] ?? '') ||
    cmp(a.vnets.join(','), b.vnets.join(',')) ||
    cmp(a.peerings.join(','), b.peerings.join(',')) ||
    cmp(a.message, b.message)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function validate(design: Design): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) findings.push(...rule(design));
  return findings.sort(compareFindings);
}
