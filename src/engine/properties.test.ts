/**
 * Properties of the whole validation engine over generated designs (test/arbitraries.ts):
 * - the result does not depend on the order of VNets and links;
 * - applying any offered fix removes its finding (one fewer finding of that code on the same objects)
 *   and adds no error finding, nor raises a finding to error.
 * Intents and on-premises networks are left out of the fix property: a fix that changes connectivity
 * (e.g. creating the reverse link) may rightly break an `isolated` intent or let a VNet reach an
 * on-premises range it overlaps; those are the reachability findings' job to report.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { designArb } from '../../test/arbitraries';
import type { Design } from '../model/schema';
import { applyFix } from './applyFix';
import type { Finding } from './types';
import { validate } from './validate';

const key = (f: Finding) => `${f.code}|${f.vnets.join(',')}|${f.peerings.join(',')}`;
const count = (fs: Finding[], k: string) => fs.filter((f) => key(f) === k).length;
/**
 * An error after a fix is "the same" as one before when it has the same code and either the same message
 * (a fix may change which VNets a route table serves) or the same objects (a fix may change a prefix the
 * message quotes).
 */
const errorKeys = (fs: Finding[]) => new Set(fs.filter((f) => f.severity === 'error').flatMap((f) => [`${f.code}|${f.message}`, key(f)]));
const isKnownError = (known: Set<string>, f: Finding) => known.has(`${f.code}|${f.message}`) || known.has(key(f));

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
        expect(validate(reordered)).toEqual(validate(d));
      }),
      { numRuns: 150 },
    );
  });

  it('applying any offered fix removes its finding and adds no error', () => {
    fc.assert(
      fc.property(designArb, (raw) => {
        const d: Design = { ...raw, intents: [], onPremises: [] };
        const before = validate(d);
        const errorsBefore = errorKeys(before);
        for (const f of before) {
          for (const fix of f.fixes ?? []) {
            const after = validate(applyFix(d, fix));
            const k = key(f);
            expect(count(after, k), `${fix.title} should remove ${k}`).toBeLessThan(count(before, k));
            for (const e of after.filter((x) => x.severity === 'error')) {
              expect(isKnownError(errorsBefore, e), `${fix.title} added error ${e.code}: ${e.message}`).toBe(true);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
