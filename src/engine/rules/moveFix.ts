/**
 * The "move this VNet to the next free block" quick fix of the overlap findings: each prefix of the VNet
 * that overlaps the other VNet is replaced by the lowest free block of the same size in an enclosing
 * private pool, avoiding every VNet, subnet and on-premises prefix of the design; the subnets and
 * appliance IPs inside a moved prefix shift by the same offset, so they stay inside it.
 */
import {
  formatAddress, formatCidr, nextFreeBlock, parseCidr, rangeContains, rangesOverlap, type CidrRange,
} from '../../model/cidr';
import type { Design, VNet } from '../../model/schema';
import { designIndex } from '../designIndex';
import type { Fix } from '../types';

const POOLS_V4 = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10'];
const POOLS_V6 = ['fd00::/8'];

const parsePools = (pools: string[]) =>
  pools.flatMap((p) => {
    const r = parseCidr(p);
    return r.ok ? [{ text: p, range: r.value }] : [];
  });
const PARSED_POOLS = { 4: parsePools(POOLS_V4), 6: parsePools(POOLS_V6) } as const;
const poolCache = new Map<string, string[]>();

/** Pools to try for a prefix: the smallest one containing it first, then the other private blocks. */
function poolsFor(range: CidrRange): string[] {
  const parsed = PARSED_POOLS[range.family];
  const containing = parsed.filter((p) => rangeContains(p.range, range)).sort((a, b) => b.range.prefixLength - a.range.prefixLength);
  const key = `${range.family}|${range.prefixLength}|${containing.map((p) => p.text).join(',')}`;
  let pools = poolCache.get(key);
  if (!pools) {
    const others = parsed.filter((p) => !containing.includes(p) && p.range.prefixLength <= range.prefixLength);
    // RFC 6598 space is only a fallback pool for prefixes already in it.
    pools = [...containing, ...others.filter((p) => p.text !== '100.64.0.0/10')].map((p) => p.text);
    poolCache.set(key, pools);
  }
  return pools;
}

interface AvoidCache {
  avoid: string[];
  blocks: Map<string, string | undefined>;
}
const avoidCache = new WeakMap<Design, AvoidCache>();

function avoidFor(design: Design): AvoidCache {
  let c = avoidCache.get(design);
  if (!c) {
    const avoid = [...designIndex(design).allPrefixTexts];
    for (const o of design.onPremises) for (const r of o.addressRanges) if (parseCidr(r).ok) avoid.push(r);
    avoidCache.set(design, (c = { avoid, blocks: new Map() }));
  }
  return c;
}

/** Lowest free block; memoised per design and (pool, size), since many findings ask the same question. */
function freeBlock(design: Design, range: CidrRange, extra: readonly string[]): string | undefined {
  const cache = avoidFor(design);
  for (const pool of poolsFor(range)) {
    const key = `${pool}|${range.prefixLength}`;
    let block: string | undefined;
    if (extra.length === 0) {
      if (!cache.blocks.has(key)) cache.blocks.set(key, nextFreeBlock(pool, range.prefixLength, cache.avoid));
      block = cache.blocks.get(key);
    } else {
      block = nextFreeBlock(pool, range.prefixLength, [...cache.avoid, ...extra]);
    }
    if (block !== undefined) return block;
  }
  return undefined;
}

/** IPv4 printing without ip-num: a move fix shifts every subnet of the VNet, for hundreds of findings. */
function format(family: 4 | 6, start: bigint, prefixLength?: number): string {
  const tail = prefixLength === undefined ? '' : `/${prefixLength}`;
  if (family === 6) return prefixLength === undefined ? formatAddress(start, 6) : formatCidr({ family, start, prefixLength });
  const n = Number(start);
  return `${Math.floor(n / 16777216) % 256}.${Math.floor(n / 65536) % 256}.${Math.floor(n / 256) % 256}.${n % 256}${tail}`;
}

function shift(text: string, moves: readonly { from: CidrRange; to: CidrRange }[]): string {
  const r = parseCidr(text);
  if (!r.ok) return text;
  const m = moves.find((x) => rangeContains(x.from, r.value));
  return m ? format(r.value.family, r.value.start - m.from.start + m.to.start, r.value.prefixLength) : text;
}

function shiftAddress(ip: string, moves: readonly { from: CidrRange; to: CidrRange }[]): string {
  const family = ip.includes(':') ? 6 : 4;
  const r = parseCidr(`${ip.trim()}/${family === 4 ? 32 : 128}`);
  if (!r.ok) return ip;
  const m = moves.find((x) => rangeContains(x.from, r.value));
  return m ? format(r.value.family, r.value.start - m.from.start + m.to.start) : ip;
}

/** Moves the prefixes of `vnet` that overlap `other` (undefined when no free block exists). */
export function moveFix(design: Design, vnet: VNet, other: VNet): Fix | undefined {
  const ix = designIndex(design);
  const otherRanges = ix.prefixesOf(other.id).map((p) => p.range);
  const moves: { from: CidrRange; to: CidrRange; fromText: string; toText: string }[] = [];
  const chosen: string[] = [];
  for (const p of ix.prefixesOf(vnet.id)) {
    if (!otherRanges.some((o) => rangesOverlap(o, p.range))) continue;
    const block = freeBlock(design, p.range, chosen);
    const parsed = block === undefined ? undefined : parseCidr(block);
    if (!parsed?.ok || block === undefined) return undefined;
    chosen.push(block);
    moves.push({ from: p.range, to: parsed.value, fromText: p.text, toText: block });
  }
  if (moves.length === 0) return undefined;
  const addressPrefixes = vnet.addressPrefixes.map((t) => moves.find((m) => m.fromText === t)?.toText ?? t);
  const subnets = vnet.subnets.map((s) => ({ ...s, addressPrefixes: s.addressPrefixes.map((t) => shift(t, moves)) }));
  const appliances = vnet.appliances.map((a) => ({ ...a, privateIpAddress: shiftAddress(a.privateIpAddress, moves) }));
  const what = moves.map((m) => `${m.fromText} to ${m.toText}`).join(', ');
  return {
    title: `Move '${vnet.name}' from ${what}`,
    ops: [{ op: 'updateVnet', vnetId: vnet.id, patch: { addressPrefixes, subnets, appliances } }],
  };
}
