/**
 * Address pools and what is left in them. By default the pools are the private blocks the design
 * actually uses (RFC 1918 and RFC 6598, reference 2.1); the user can give their own.
 */
import { cidrSize, freeBlocks, normaliseCidr, parseCidr, rangesOverlap } from '../model/cidr';
import type { Design } from '../model/schema';
import { PRIVATE_BLOCKS } from './templates/options';

export interface PoolUsage {
  pool: string;
  /** addresses in the pool, decimal */
  total: string;
  /** addresses not covered by any VNet or on-premises range, decimal */
  free: string;
  /** the largest aligned blocks covering the free space, lowest first */
  freeBlocks: string[];
  /** true when there were more free blocks than listed */
  truncated: boolean;
  /** VNets with a prefix in this pool */
  vnets: number;
}

/** Ranges that occupy pool space: VNet prefixes and on-premises ranges. */
export function occupiedRanges(design: Design): string[] {
  return [...design.vnets.flatMap((v) => v.addressPrefixes), ...design.onPremises.flatMap((o) => o.addressRanges)];
}

/** The private blocks that hold at least one VNet prefix, in the usual order (10/8 first). */
export function poolsInUse(design: Design): string[] {
  const ranges = design.vnets.flatMap((v) => v.addressPrefixes).flatMap((p) => {
    const r = parseCidr(p);
    return r.ok ? [r.value] : [];
  });
  return PRIVATE_BLOCKS.filter((block) => {
    const b = parseCidr(block);
    return b.ok && ranges.some((r) => rangesOverlap(r, b.value));
  });
}

/**
 * Pools typed by the user: one per line or separated by commas or spaces. Invalid entries come back
 * in `invalid` so the form can say which; valid ones are normalised and de-duplicated.
 */
export function parsePools(text: string): { pools: string[]; invalid: string[] } {
  const pools: string[] = [];
  const invalid: string[] = [];
  for (const part of text.split(/[\s,;]+/).filter((p) => p !== '')) {
    const n = normaliseCidr(part);
    if (n === undefined) invalid.push(part);
    else if (!pools.includes(n)) pools.push(n);
  }
  return { pools, invalid };
}

const FREE_BLOCK_LIMIT = 200;

export function poolUsage(design: Design, pools: readonly string[]): PoolUsage[] {
  const occupied = occupiedRanges(design);
  return pools.flatMap((pool) => {
    const p = parseCidr(pool);
    if (!p.ok) return [];
    const blocks = freeBlocks(pool, occupied, FREE_BLOCK_LIMIT + 1);
    const all = blocks.length > FREE_BLOCK_LIMIT ? freeBlocks(pool, occupied, 1_000_000) : blocks;
    const free = all.reduce((sum, b) => sum + BigInt(cidrSize(b) ?? '0'), 0n);
    const vnets = design.vnets.filter((v) =>
      v.addressPrefixes.some((x) => {
        const r = parseCidr(x);
        return r.ok && rangesOverlap(r.value, p.value);
      }),
    ).length;
    return [{
      pool,
      total: cidrSize(pool) ?? '0',
      free: free.toString(),
      freeBlocks: blocks.slice(0, FREE_BLOCK_LIMIT),
      truncated: blocks.length > FREE_BLOCK_LIMIT,
      vnets,
    }];
  });
}
