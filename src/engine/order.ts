/** The deterministic order of findings (severity, code, first id, ids, message), shared by validate and the rules that cap their output. */
import type { Finding } from './types';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    cmp(a.code, b.code) ||
    // the finding that says how many of its kind were left out comes first (validate's MAX_FINDINGS_PER_RULE)
    Number(b.details?.findingsOmitted !== undefined) - Number(a.details?.findingsOmitted !== undefined) ||
    cmp(a.vnets[0] ?? a.peerings[0] ?? '', b.vnets[0] ?? b.peerings[0] ?? '') ||
    cmp(a.vnets.join(','), b.vnets.join(',')) ||
    cmp(a.peerings.join(','), b.peerings.join(',')) ||
    cmp(a.message, b.message)
  );
}
