/**
 * Findings derived from the design, memoised on its network facts: a design that differs only in
 * `layout` (a drag, a nudge, auto layout) or `planning` reuses the previous findings array, so moving
 * a node never re-runs validation and components selecting findings do not re-render.
 */
import { validate } from '../engine/validate';
import type { Finding, Severity } from '../engine/types';
import type { Design } from '../model/schema';

type Facts = readonly unknown[];

const networkFacts = (d: Design): Facts => [
  d.vnets, d.peerings, d.routeTables, d.onPremises, d.intents, d.subscriptions, d.resourceGroups,
];

const sameFacts = (a: Facts, b: Facts) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Memo cache keyed on any array identity that changes with network facts; entries compare all facts. */
export function memoOnFacts<T>(compute: (d: Design) => T): (d: Design) => T {
  const byDesign = new WeakMap<Design, T>();
  const byVnets = new WeakMap<object, { facts: Facts; value: T }>();
  return (d) => {
    const hit = byDesign.get(d);
    if (hit !== undefined) return hit;
    const facts = networkFacts(d);
    const prev = byVnets.get(d.vnets);
    const value = prev && sameFacts(prev.facts, facts) ? prev.value : compute(d);
    byVnets.set(d.vnets, { facts, value });
    byDesign.set(d, value);
    return value;
  };
}

export const findingsOf = memoOnFacts<Finding[]>((d) => validate(d));

export interface FindingSummary {
  count: number;
  worst: Severity;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const summaries = new WeakMap<readonly Finding[], ReadonlyMap<string, FindingSummary>>();

/** Findings per VNet id (a finding counts for every VNet it names), memoised on the findings array. */
export function findingSummaryByVnet(findings: readonly Finding[]): ReadonlyMap<string, FindingSummary> {
  let m = summaries.get(findings);
  if (m) return m;
  const built = new Map<string, FindingSummary>();
  for (const f of findings) {
    for (const id of f.vnets) {
      const s = built.get(id);
      if (!s) built.set(id, { count: 1, worst: f.severity });
      else {
        s.count++;
        if (RANK[f.severity] < RANK[s.worst]) s.worst = f.severity;
      }
    }
  }
  summaries.set(findings, (m = built));
  return m;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}
