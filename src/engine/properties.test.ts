/**
 * Properties of the whole validation engine over generated designs (test/arbitraries.ts):
 * - the result does not depend on the order of VNets and links;
 * - applying any offered fix removes its finding (one fewer finding of that code on the same objects;
 *   for TRANSIT_GAP, which aggregates a hub's pairs in one finding, fewer unreachable pairs remain)
 *   and adds no error finding, nor raises a finding to error.
 * Both are checked on every finding, the reachability-based ones included.
 * Intents and on-premises networks are left out of the fix property: a fix that changes connectivity
 * (e.g. creating the reverse link) may rightly break an `isolated` intent or let a VNet reach an
 * on-premises range it overlaps; those are the reachability findings' job to report.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { designArb } from '../../test/arbitraries';
import type { Design } from '../model/schema';
import { applyFix } from './applyFix';
import { CATALOGUE, docsAnchor, type FindingCode } from './catalogue';
import type { Finding, Fix } from './types';
import { validate } from './validate';

const all = (d: Design) => validate(d);

const key = (f: Finding) => `${f.code}|${f.vnets.join(',')}|${f.peerings.join(',')}`;
const count = (fs: Finding[], k: string) => fs.filter((f) => key(f) === k).length;
/**
 * An error after a fix is not new when an error of the same code existed before with the same message,
 * or about the same or more objects (a fix may narrow an aggregate finding, e.g. three links using remote
 * gateways down to two, or change a prefix the message quotes).
 */
const subset = (a: string[], b: string[]) => a.every((x) => b.includes(x));
const isKnownError = (before: Finding[], e: Finding) =>
  before.some((b) => b.severity === 'error' && b.code === e.code && (b.message === e.message || (subset(e.vnets, b.vnets) && subset(e.peerings, b.peerings))));

function shuffled<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('validation properties', () => {
  it('does not depend on the order of VNets and links', () => {
    fc.assert(
      fc.property(designArb, fc.nat(), (d, seed) => {
        const reordered: Design = { ...d, vnets: shuffled(d.vnets, seed), peerings: shuffled(d.peerings, seed + 1) };
        expect(all(reordered)).toEqual(all(d));
      }),
      { numRuns: 150 },
    );
  });

  it('never downgrades a severity: every finding has its catalogue severity and docs anchor', () => {
    fc.assert(
      fc.property(designArb, (d) => {
        for (const f of validate(d)) {
          const code = f.code as FindingCode;
          expect(CATALOGUE[code], f.code).toBeDefined();
          // the one documented variation: ONPREM_OVERLAP is a warning when no gateway path exists (spec)
          const allowed = code === 'ONPREM_OVERLAP' ? ['error', 'warning'] : [CATALOGUE[code].severity];
          expect(allowed, f.code).toContain(f.severity);
          expect(f.docs).toBe(docsAnchor(code));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('applying any offered fix removes its finding and adds no error', () => {
    fc.assert(
      fc.property(designArb, (raw) => {
        const d: Design = { ...raw, intents: [], onPremises: [] };
        const before = all(d);
        // several findings may offer the same fix: validate each distinct fixed design once
        const validated = new Map<string, Finding[]>();
        const afterFix = (fix: Fix) => {
          const k = JSON.stringify(fix.ops);
          let found = validated.get(k);
          if (!found) validated.set(k, (found = all(applyFix(d, fix))));
          return found;
        };
        for (const f of before) {
          for (const fix of f.fixes ?? []) {
            const after = afterFix(fix);
            const k = key(f);
            if (f.code === 'TRANSIT_GAP') {
              // one finding per hub aggregates its pairs: a fix for some pairs must leave fewer unreachable pairs
              const left = after.find((x) => x.code === 'TRANSIT_GAP' && x.details?.['hubId'] === f.details?.['hubId']);
              expect(Number(left?.details?.['pairCount'] ?? 0), `${fix.title} should reduce ${k}`).toBeLessThan(Number(f.details?.['pairCount']));
            } else {
              expect(count(after, k), `${fix.title} should remove ${k}`).toBeLessThan(count(before, k));
            }
            for (const e of after.filter((x) => x.severity === 'error')) {
              expect(isKnownError(before, e), `${fix.title} added error ${e.code}: ${e.message}`).toBe(true);
            }
          }
        }
      }),
      // ~30 fixes per design, each validated: 200 designs keep the engine suite well under a minute
      { numRuns: 200 },
    );
  });
});
