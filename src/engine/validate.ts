/**
 * validate(design) -> Finding[]: runs every rule (one rule per file under rules/), then sorts
 * deterministically by severity, code and first id. Rules are pure and share no state except the
 * memoised `DesignIndex` built once per design object.
 */
import type { Design } from '../model/schema';
import type { Finding } from './types';
import { RULES } from './rules';
import { compareFindings } from './order';

export { compareFindings };

/**
 * The most findings one rule reports. A VNet with one prefix repeated 500 times is 124,750 overlapping
 * pairs: listing them all helps nobody and once overflowed the stack (`push(...all)`). The first
 * finding kept says how many there were (it is the one the Findings panel shows first); `details`
 * carries the counts.
 */
export const MAX_FINDINGS_PER_RULE = 200;

function capped(found: Finding[]): Finding[] {
  if (found.length <= MAX_FINDINGS_PER_RULE) return found;
  const kept = found.slice().sort(compareFindings).slice(0, MAX_FINDINGS_PER_RULE);
  const first = kept[0];
  const omitted = found.length - kept.length;
  if (first) {
    kept[0] = {
      ...first,
      message: `${first.message} (${omitted.toLocaleString('en')} more findings of this kind are not listed: ${found.length.toLocaleString('en')} in all)`,
      details: { ...first.details, findingsOfRule: found.length, findingsOmitted: omitted },
    };
  }
  return kept;
}

export function validate(design: Design): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    for (const f of capped(rule(design))) findings.push(f);
  }
  return findings.sort(compareFindings);
}
