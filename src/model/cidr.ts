/**
 * CIDR math: the only module that imports ip-num. ip-num parses and prints addresses; ranges are then
 * handled as bigint [start, end] pairs, which keeps overlap checks and IPAM cheap.
 *
 * Bigints never leave the engine layer into the stored model: the model stores prefix strings.
 */
import { IPv4, IPv6, Validator, collapseIPv6Number } from 'ip-num';
import { fail, ok, type Result } from './result';

export type IpFamily = 4 | 6;

export interface CidrRange {
  family: IpFamily;
  /** first address as an integer */
  start: bigint;
  /** last address as an integer (inclusive) */
  end: bigint;
  prefixLength: number;
}

export interface CidrParseError {
  input: string;
  message: string;
}

const BITS: Record<IpFamily, number> = { 4: 32, 6: 128 };

function addressToBigint(address: string, family: IpFamily): bigint {
  return family === 4 ? IPv4.fromString(address).getValue() : IPv6.fromString(address).getValue();
}

/** Prints an integer address: dotted decimal, or RFC 5952 compressed lower-case IPv6. */
export function formatAddress(value: bigint, family: IpFamily): string {
  if (family === 4) {
    // dotted decimal by arithmetic: ip-num's printer goes through binary strings and dominated profiles
    const n = Number(value);
    return `${(n >>> 24) & 255}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
  }
  return collapseIPv6Number(IPv6.fromBigInt(value).toString()).toLowerCase();
}

function hostMask(prefixLength: number, family: IpFamily): bigint {
  return (1n << BigInt(BITS[family] - prefixLength)) - 1n;
}

const cache = new Map<string, Result<CidrRange, CidrParseError> & { hostBits?: boolean }>();

/**
 * Parses `a.b.c.d/n` or `x:y::/n`. Host bits are allowed here (the range starts at the network
 * address); use `hasHostBits` to report them. A bare address is not CIDR notation.
 */
export function parseCidr(input: string): Result<CidrRange, CidrParseError> {
  const cached = cache.get(input);
  if (cached) return cached;
  const result = parseUncached(input);
  if (cache.size > 200_000) cache.clear();
  cache.set(input, result);
  return result;
}

function parseUncached(input: string): Result<CidrRange, CidrParseError> {
  const text = input.trim();
  const slash = text.indexOf('/');
  if (slash < 0) return fail({ input, message: `"${input}" has no prefix length (expected e.g. 10.0.0.0/16)` });
  const address = text.slice(0, slash);
  const lengthText = text.slice(slash + 1);
  if (!/^\d{1,3}$/.test(lengthText)) return fail({ input, message: `"${input}" has an invalid prefix length` });
  const prefixLength = Number(lengthText);
  let family: IpFamily;
  if (address.includes(':')) family = 6;
  else family = 4;
  if (prefixLength > BITS[family]) {
    return fail({ input, message: `"${input}": an IPv${family} prefix length is at most ${BITS[family]}` });
  }
  const [valid] = family === 4 ? Validator.isValidIPv4String(address) : Validator.isValidIPv6String(address);
  // ip-num accepts some forms Azure does not (leading zeros in IPv4 octets are ambiguous): refuse them.
  if (!valid || (family === 4 && !/^(\d{1,3}\.){3}\d{1,3}$/.test(address)) || /(^|\.)0\d/.test(family === 4 ? address : '')) {
    return fail({ input, message: `"${input}" is not a valid IPv${family} address range` });
  }
  const value = addressToBigint(address, family);
  const mask = hostMask(prefixLength, family);
  const start = value & ~mask;
  return ok({ family, start, end: start | mask, prefixLength });
}

/** True when the address part has bits set beyond the prefix (Azure: InvalidCIDRNotation). */
export function hasHostBits(input: string): boolean {
  const r = parseCidr(input);
  if (!r.ok) return false;
  const slash = input.trim().indexOf('/');
  const value = addressToBigint(input.trim().slice(0, slash), r.value.family);
  return value !== r.value.start;
}

export function formatCidr(range: Pick<CidrRange, 'family' | 'start' | 'prefixLength'>): string {
  return `${formatAddress(range.start, range.family)}/${range.prefixLength}`;
}

/** `10.10.10.0/16` -> `10.10.0.0/16`; IPv6 compressed and lower-case. Undefined when not CIDR. */
export function normaliseCidr(input: string): string | undefined {
  const r = parseCidr(input);
  return r.ok ? formatCidr(r.value) : undefined;
}

export function isValidCidr(input: string): boolean {
  return parseCidr(input).ok;
}

export function rangesOverlap(a: CidrRange, b: CidrRange): boolean {
  return a.family === b.family && a.start <= b.end && b.start <= a.end;
}

/** outer contains inner (equal counts as contained) */
export function rangeContains(outer: CidrRange, inner: CidrRange): boolean {
  return outer.family === inner.family && outer.start <= inner.start && inner.end <= outer.end;
}

export function cidrOverlaps(a: string, b: string): boolean {
  const ra = parseCidr(a);
  const rb = parseCidr(b);
  return ra.ok && rb.ok && rangesOverlap(ra.value, rb.value);
}

export function cidrContains(outer: string, inner: string): boolean {
  const ro = parseCidr(outer);
  const ri = parseCidr(inner);
  return ro.ok && ri.ok && rangeContains(ro.value, ri.value);
}

export function addressInRange(address: string, range: CidrRange): boolean {
  const family: IpFamily = address.includes(':') ? 6 : 4;
  if (family !== range.family) return false;
  const [valid] = family === 4 ? Validator.isValidIPv4String(address) : Validator.isValidIPv6String(address);
  if (!valid) return false;
  const v = addressToBigint(address, family);
  return range.start <= v && v <= range.end;
}

export function isValidIpAddress(address: string): boolean {
  const text = address.trim();
  if (text.includes(':')) return Validator.isValidIPv6String(text)[0];
  return /^(\d{1,3}\.){3}\d{1,3}$/.test(text) && !/(^|\.)0\d/.test(text) && Validator.isValidIPv4String(text)[0];
}

/** Number of addresses, as a decimal string (IPv6 sizes do not fit a number). */
export function cidrSize(input: string): string | undefined {
  const r = parseCidr(input);
  return r.ok ? (r.value.end - r.value.start + 1n).toString() : undefined;
}

/** First and last address of the range. */
export function cidrBounds(input: string): { first: string; last: string } | undefined {
  const r = parseCidr(input);
  if (!r.ok) return undefined;
  return { first: formatAddress(r.value.start, r.value.family), last: formatAddress(r.value.end, r.value.family) };
}

/** Usable host addresses in an Azure subnet: Azure reserves 5 per subnet. */
export function usableSubnetAddresses(input: string): string | undefined {
  const r = parseCidr(input);
  if (!r.ok) return undefined;
  const size = r.value.end - r.value.start + 1n;
  return (size > 5n ? size - 5n : 0n).toString();
}

/**
 * Splits a range into blocks of `newPrefixLength`. Refuses (undefined) when the new length is shorter
 * than the range's, too long for the family, or would produce more than `limit` blocks.
 */
export function splitCidr(input: string, newPrefixLength: number, limit = 65536): string[] | undefined {
  const r = parseCidr(input);
  if (!r.ok) return undefined;
  const { family, start, prefixLength } = r.value;
  if (!Number.isInteger(newPrefixLength) || newPrefixLength < prefixLength || newPrefixLength > BITS[family]) return undefined;
  const count = 1n << BigInt(newPrefixLength - prefixLength);
  if (count > BigInt(limit)) return undefined;
  const step = 1n << BigInt(BITS[family] - newPrefixLength);
  const out: string[] = [];
  for (let i = 0n; i < count; i++) out.push(formatCidr({ family, start: start + i * step, prefixLength: newPrefixLength }));
  return out;
}

/**
 * IPAM: the lowest block of `/prefixLength` inside `pool` that overlaps none of `avoid`.
 * Runs in O(n log n) over the ranges to avoid, whatever the pool size.
 */
export function nextFreeBlock(pool: string, prefixLength: number, avoid: readonly string[]): string | undefined {
  const p = parseCidr(pool);
  if (!p.ok) return undefined;
  const { family } = p.value;
  if (!Number.isInteger(prefixLength) || prefixLength < p.value.prefixLength || prefixLength > BITS[family]) return undefined;
  const size = 1n << BigInt(BITS[family] - prefixLength);
  const taken: CidrRange[] = [];
  for (const a of avoid) {
    const r = parseCidr(a);
    if (r.ok && rangesOverlap(r.value, p.value)) taken.push(r.value);
  }
  taken.sort((x, y) => (x.start < y.start ? -1 : x.start > y.start ? 1 : 0));
  let candidate = p.value.start;
  for (const t of taken) {
    if (candidate + size - 1n < t.start) break;
    if (t.end >= candidate) {
      // move past this range, aligned up to the block size
      const next = t.end + 1n;
      candidate = ((next + size - 1n) / size) * size;
    }
  }
  if (candidate + size - 1n > p.value.end) return undefined;
  return formatCidr({ family, start: candidate, prefixLength });
}

/** Free blocks left in a pool after removing `used`: the largest aligned CIDR blocks covering the gaps. */
export function freeBlocks(pool: string, used: readonly string[], limit = 1000): string[] {
  const p = parseCidr(pool);
  if (!p.ok) return [];
  const { family } = p.value;
  const taken = used
    .map((u) => parseCidr(u))
    .flatMap((r) => (r.ok && rangesOverlap(r.value, p.value) ? [r.value] : []))
    .sort((x, y) => (x.start < y.start ? -1 : x.start > y.start ? 1 : 0));
  const gaps: [bigint, bigint][] = [];
  let cursor = p.value.start;
  for (const t of taken) {
    if (t.start > cursor) gaps.push([cursor, t.start - 1n]);
    if (t.end + 1n > cursor) cursor = t.end + 1n;
  }
  if (cursor <= p.value.end) gaps.push([cursor, p.value.end]);
  const out: string[] = [];
  for (const [gapStart, gapEnd] of gaps) {
    let s = gapStart;
    while (s <= gapEnd && out.length < limit) {
      // largest block aligned at s that fits in the gap
      let len = BITS[family];
      while (len > 0) {
        const bigger = 1n << BigInt(BITS[family] - len + 1);
        if (s % bigger !== 0n || s + bigger - 1n > gapEnd) break;
        len--;
      }
      out.push(formatCidr({ family, start: s, prefixLength: len }));
      s += 1n << BigInt(BITS[family] - len);
    }
  }
  return out;
}

export interface IndexedRange<T> {
  range: CidrRange;
  item: T;
}

/**
 * All overlapping pairs among many ranges, by a sweep over ranges sorted by start: O(n log n + k)
 * for k reported pairs, never all pairs. `skip` can drop pairs early (e.g. both in the same VNet).
 */
export function findOverlaps<T>(
  items: readonly IndexedRange<T>[],
  skip?: (a: T, b: T) => boolean,
): [IndexedRange<T>, IndexedRange<T>][] {
  const out: [IndexedRange<T>, IndexedRange<T>][] = [];
  for (const family of [4, 6] as const) {
    const sorted = items
      .filter((i) => i.range.family === family)
      .sort((a, b) => (a.range.start < b.range.start ? -1 : a.range.start > b.range.start ? 1 : 0));
    // active: ranges whose end is >= the current start; kept small because address plans rarely nest deeply
    let active: IndexedRange<T>[] = [];
    for (const cur of sorted) {
      active = active.filter((a) => a.range.end >= cur.range.start);
      for (const a of active) {
        if (!skip || !skip(a.item, cur.item)) out.push([a, cur]);
      }
      active.push(cur);
    }
  }
  return out;
}
