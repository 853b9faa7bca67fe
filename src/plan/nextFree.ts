/**
 * "Next free /N" wherever a prefix is typed: the lowest free block of the wanted size, for a VNet
 * (from a pool, avoiding every VNet and on-premises range) or for a subnet (inside its VNet, avoiding
 * the other subnets). Pure; the UI's NextFreeButton (src/ui/plan/NextFreeButton.tsx) calls it.
 */
import { nextFreeBlock, parseCidr } from '../model/cidr';
import { fail, ok, type Result } from '../model/result';
import type { Design } from '../model/schema';
import { occupiedRanges, poolsInUse } from './pools';
import { PRIVATE_BLOCKS } from './templates/options';

export type NextFreeTarget =
  /** a VNet prefix; `pool` limits the search (default: private blocks in use, then the others) */
  | { kind: 'vnet'; pool?: string }
  /** a subnet of `vnetId`; `subnetId` (the subnet being edited) does not count as taken */
  | { kind: 'subnet'; vnetId: string; subnetId?: string };

/** The prefix length in what the user typed: `/24`, `24` or `10.1.0.0/24`. */
export function prefixLengthOf(text: string): number | undefined {
  const m = /^\s*(?:[0-9a-fA-F:.]*\/)?(\d{1,3})\s*$/.exec(text);
  if (!m || m[1] === undefined) return undefined;
  const n = Number(m[1]);
  return n <= 128 ? n : undefined;
}

export function suggestNextFree(design: Design, target: NextFreeTarget, prefixLength: number): Result<string, string> {
  if (!Number.isInteger(prefixLength)) return fail('Give a prefix length, e.g. /24.');
  if (target.kind === 'subnet') {
    const vnet = design.vnets.find((v) => v.id === target.vnetId);
    if (!vnet) return fail('Unknown VNet.');
    if (prefixLength > 29 && vnet.addressPrefixes.every((p) => !p.includes(':'))) {
      return fail('The smallest Azure subnet is /29.');
    }
    const taken = vnet.subnets.filter((s) => s.id !== target.subnetId).flatMap((s) => s.addressPrefixes);
    for (const prefix of vnet.addressPrefixes) {
      const block = nextFreeBlock(prefix, prefixLength, taken);
      if (block !== undefined) return ok(block);
    }
    return fail(`No free /${prefixLength} left in ${vnet.name} (${vnet.addressPrefixes.join(', ') || 'no address space'}).`);
  }
  const inUse = poolsInUse(design);
  const pools = target.pool !== undefined ? [target.pool] : [...inUse, ...PRIVATE_BLOCKS.filter((b) => !inUse.includes(b))];
  if (target.pool !== undefined && !parseCidr(target.pool).ok) return fail(`"${target.pool}" is not a CIDR pool.`);
  const taken = occupiedRanges(design);
  for (const pool of pools) {
    const block = nextFreeBlock(pool, prefixLength, taken);
    if (block !== undefined) return ok(block);
  }
  return fail(`No free /${prefixLength} left in ${pools.join(', ')}.`);
}
