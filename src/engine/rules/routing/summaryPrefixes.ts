/**
 * Summary routes for many ranges [reference 3.1, 3.2]: the fewest CIDR blocks that together contain
 * every range to cover and overlap no range to avoid.
 *
 * Ranges are grouped by the private block holding them (RFC 1918, RFC 6598 shared space, IPv6 unique
 * local): a summary never leaves its private block, since a broader one would also take Internet-bound
 * traffic. Within a group the search starts from the smallest block containing all its ranges; a block
 * overlapping a range to avoid is split in halves, recursively. Every block chosen is the largest clean
 * block around its ranges (which makes the count minimal: any clean block containing a range lies inside
 * it), then shrunk to the smallest block around the ranges it holds. A range alone is always its own
 * summary (the exact prefix), as is a range outside every private block.
 */
import { formatCidr, parseCidr, rangesOverlap, type CidrRange, type IpFamily } from '../../../model/cidr';

export interface CoverItem<T> {
  range: CidrRange;
  tag: T;
}

export interface Summary<T> {
  range: CidrRange;
  /** normalised CIDR text */
  prefix: string;
  /** tags of the covered ranges inside it */
  tags: T[];
}

const BITS: Record<IpFamily, number> = { 4: 32, 6: 128 };

const PRIVATE_BLOCKS: CidrRange[] = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', 'fc00::/7'].flatMap((t) => {
  const r = parseCidr(t);
  return r.ok ? [r.value] : [];
});

function block(family: IpFamily, address: bigint, prefixLength: number): CidrRange {
  const size = 1n << BigInt(BITS[family] - prefixLength);
  const start = address - (address % size);
  return { family, start, end: start + size - 1n, prefixLength };
}

/** The smallest block containing every range of a (non-empty, one-family) list. */
function commonBlock(ranges: readonly CidrRange[]): CidrRange {
  const first = ranges[0] as CidrRange;
  let lo = first.start;
  let hi = first.end;
  let len = first.prefixLength;
  for (const r of ranges) {
    if (r.start < lo) lo = r.start;
    if (r.end > hi) hi = r.end;
    if (r.prefixLength < len) len = r.prefixLength;
  }
  const differing = lo ^ hi;
  const common = differing === 0n ? BITS[first.family] : BITS[first.family] - differing.toString(2).length;
  return block(first.family, lo, Math.min(len, common));
}

function summary<T>(range: CidrRange, items: readonly CoverItem<T>[]): Summary<T> {
  return { range, prefix: formatCidr(range), tags: items.map((i) => i.tag) };
}

/** IPv4 bounds fit a double exactly: numeric keys keep bigint comparisons out of the sort (IPv6 keeps them). */
const key4 = (r: CidrRange): number => (r.family === 4 ? Number(r.start) : -1);
const compareRanges = (a: CidrRange, b: CidrRange, ka: number, kb: number): number =>
  a.family - b.family || (ka >= 0 && kb >= 0 ? ka - kb : a.start < b.start ? -1 : a.start > b.start ? 1 : 0) || a.prefixLength - b.prefixLength;

/** Items sorted, equal ranges and ranges inside another one given that one's range (tags kept): disjoint ranges. */
function disjoint<T>(items: readonly CoverItem<T>[]): CoverItem<T>[] {
  const keyed = items.map((item) => ({ item, k: key4(item.range) }));
  keyed.sort((a, b) => compareRanges(a.item.range, b.item.range, a.k, b.k));
  const out: CoverItem<T>[] = [];
  for (const { item } of keyed) {
    const last = out[out.length - 1];
    const inside = last !== undefined && last.range.family === item.range.family && item.range.start <= last.range.end;
    out.push(inside ? { range: last.range, tag: item.tag } : item);
  }
  return out;
}

function coverBlock<T>(top: CidrRange, items: readonly CoverItem<T>[], avoid: readonly CidrRange[], out: Summary<T>[]): void {
  const first = items[0];
  if (!first) return;
  if (avoid.length === 0) {
    out.push(summary(commonBlock(items.map((i) => i.range)), items));
    return;
  }
  if (items.every((i) => i.range.start === first.range.start && i.range.end === first.range.end)) {
    out.push(summary(first.range, items));
    return;
  }
  // two or more disjoint ranges in `top`: each lies in one half
  const half = block(top.family, top.start, top.prefixLength + 1);
  const upper = block(top.family, half.end + 1n, top.prefixLength + 1);
  for (const part of [half, upper]) {
    const inside = items.filter((i) => i.range.start >= part.start && i.range.start <= part.end);
    if (inside.length === 0) continue;
    coverBlock(part, inside, avoid.filter((a) => rangesOverlap(a, part)), out);
  }
}

/**
 * The fewest blocks containing every item's range and overlapping none of `avoid` (ranges that overlap
 * an item itself aside: an item is always allowed as its own exact prefix). Sorted by family and address.
 */
export function summarise<T>(items: readonly CoverItem<T>[], avoid: readonly CidrRange[]): Summary<T>[] {
  const groups = new Map<CidrRange | CoverItem<T>, CoverItem<T>[]>();
  let home: CidrRange | undefined;
  for (const item of disjoint(items)) {
    // sorted items: most share the block of the one before
    const r = item.range;
    const inHome = (p: CidrRange | undefined) => p !== undefined && p.family === r.family && p.start <= r.start && r.end <= p.end;
    if (!inHome(home)) home = PRIVATE_BLOCKS.find(inHome);
    const key = home ?? item;
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  const out: Summary<T>[] = [];
  for (const list of groups.values()) {
    const top = commonBlock(list.map((i) => i.range));
    coverBlock(top, list, avoid.filter((a) => rangesOverlap(a, top)), out);
  }
  return out.sort((a, b) => compareRanges(a.range, b.range, key4(a.range), key4(b.range)));
}
