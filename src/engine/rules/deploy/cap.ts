/**
 * Bounds what one preflight rule reports, so a design with thousands of offending objects gives a readable
 * list: at most MAX_PER_CODE findings of a code (the first in the engine's deterministic order), then one
 * finding that counts the rest (`details.omitted`) and names their VNets.
 */
import { CATALOGUE, type FindingCode } from '../../catalogue';
import { compareFindings } from '../../order';
import type { Finding } from '../../types';
import { finding } from '../finding';

export const MAX_PER_CODE = 100;

export function capPerCode(findings: Finding[], max = MAX_PER_CODE): Finding[] {
  const byCode = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byCode.get(f.code);
    if (list) list.push(f);
    else byCode.set(f.code, [f]);
  }
  const out: Finding[] = [];
  for (const [code, list] of byCode) {
    if (list.length <= max) {
      for (const f of list) out.push(f);
      continue;
    }
    list.sort(compareFindings);
    const kept = list.slice(0, max - 1);
    for (const f of kept) out.push(f);
    const rest = list.slice(max - 1);
    const vnets = new Set<string>();
    for (const f of rest) for (const v of f.vnets) vnets.add(v);
    const title = CATALOGUE[code as FindingCode].title;
    out.push(finding(code as FindingCode, `${rest.length} more findings '${title}' are not listed one by one; fix the ones above and validate again.`, {
      vnets: [...vnets], details: { omitted: rest.length },
    }));
  }
  return out;
}
