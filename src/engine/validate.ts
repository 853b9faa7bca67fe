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

export function validate(design: Design): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) for (const f of rule(design)) findings.push(f);
  return findings.sort(compareFindings);
}
