import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCidr, parseCidr, rangeContains, rangesOverlap, type CidrRange } from '../../../model/cidr';
import { summarise } from './summaryPrefixes';

const range = (text: string): CidrRange => {
  const r = parseCidr(text);
  if (!r.ok) throw new Error(text);
  return r.value;
};
const items = (...texts: string[]) => texts.map((t, i) => ({ range: range(t), tag: i }));
const prefixes = (cover: string[], avoid: string[] = []) => summarise(items(...cover), avoid.map(range)).map((s) => s.prefix);

describe('summarise', () => {
  it('gives one block around ranges with nothing to avoid, no wider than they need', () => {
    expect(prefixes(['10.1.0.0/24', '10.1.1.0/24', '10.1.2.0/24', '10.1.3.0/24'])).toEqual(['10.1.0.0/22']);
    expect(prefixes(['10.1.0.0/24', '10.4.231.0/24'])).toEqual(['10.0.0.0/13']);
    expect(prefixes(['10.1.0.0/24'])).toEqual(['10.1.0.0/24']);
  });

  it('splits around a range to avoid, into the fewest blocks, and keeps the exact prefix when nothing wider fits', () => {
    const cover = ['10.1.0.0/24', '10.1.1.0/24', '10.1.2.0/24', '10.1.3.0/24', '10.1.4.0/24', '10.1.5.0/24'];
    expect(prefixes(cover, ['10.1.6.0/24'])).toEqual(['10.1.0.0/22', '10.1.4.0/23']);
    expect(prefixes(cover, ['10.1.2.128/25'])).toEqual(['10.1.0.0/23', '10.1.2.0/24', '10.1.3.0/24', '10.1.4.0/23']);
    // ranges that are not inside any avoided range's way stay summarised
    expect(prefixes(cover, ['192.168.0.0/16', '10.2.0.0/16'])).toEqual(['10.1.0.0/21']);
  });

  it('never leaves a private block (a wider summary would take Internet traffic) and keeps public ranges exact', () => {
    expect(prefixes(['10.1.0.0/16', '172.16.0.0/16', '172.17.0.0/16', '192.168.1.0/24'])).toEqual(['10.1.0.0/16', '172.16.0.0/15', '192.168.1.0/24']);
    expect(prefixes(['20.1.0.0/24', '20.1.1.0/24'])).toEqual(['20.1.0.0/24', '20.1.1.0/24']);
    expect(prefixes(['fd00:1::/48', 'fd00:2::/48', '10.0.0.0/16'])).toEqual(['10.0.0.0/16', 'fd00::/30']);
    // an IPv6 range with the same numeric start as an IPv4 one is another range
    expect(prefixes(['::a00:0/120', '10.0.0.0/24'])).toEqual(['10.0.0.0/24', '::a00:0/120']);
  });

  it('keeps the tags of equal and nested ranges with the range holding them', () => {
    const s = summarise(items('10.1.0.0/16', '10.1.5.0/24', '10.1.0.0/16', '10.3.0.0/16'), [range('10.2.0.0/16')]);
    expect(s.map((x) => [x.prefix, [...x.tags].sort()])).toEqual([['10.1.0.0/16', [0, 1, 2]], ['10.3.0.0/16', [3]]]);
  });

  it('covers every range, avoids every other range, and no two blocks could be one (random address plans)', () => {
    const block = fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 16, max: 26 }))
      .map(([b, c, len]) => formatCidr({ ...range(`10.${b}.${c}.0/${len}`), prefixLength: len }));
    fc.assert(
      fc.property(fc.uniqueArray(block, { minLength: 1, maxLength: 40 }), fc.integer({ min: 0, max: 40 }), (all, split) => {
        const ranges = all.map(range);
        // ranges overlapping an earlier one are dropped: the cover and the avoided ranges are disjoint, as endpoints are
        const disjoint = ranges.filter((r, i) => ranges.slice(0, i).every((q) => !rangesOverlap(q, r)));
        const cover = disjoint.slice(0, Math.max(1, Math.min(split, disjoint.length)));
        const avoid = disjoint.slice(cover.length);
        const out = summarise(cover.map((r, i) => ({ range: r, tag: i })), avoid);
        for (const [i, r] of cover.entries()) {
          expect(out.filter((s) => rangeContains(s.range, r) && s.tags.includes(i))).toHaveLength(1);
        }
        for (const s of out) expect(avoid.some((a) => rangesOverlap(a, s.range)), s.prefix).toBe(false);
        for (const [i, a] of out.entries()) {
          for (const b of out.slice(i + 1)) {
            expect(rangesOverlap(a.range, b.range)).toBe(false);
            // the smallest block holding both overlaps an avoided range, else they would have been one
            let len = Math.min(a.range.prefixLength, b.range.prefixLength);
            const holds = (l: number) => (a.range.start >> BigInt(32 - l)) === (b.range.start >> BigInt(32 - l));
            while (!holds(len)) len--;
            const size = 1n << BigInt(32 - len);
            const start = a.range.start - (a.range.start % size);
            const both: CidrRange = { family: 4, start, end: start + size - 1n, prefixLength: len };
            expect(avoid.some((x) => rangesOverlap(x, both)), `${a.prefix} + ${b.prefix}`).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
