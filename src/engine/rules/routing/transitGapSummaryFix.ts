/**
 * The hub-and-spoke fix of TRANSIT_GAP when many spokes of one hub cannot reach each other [reference
 * 1.3, 1.6, 1.8, 3.1, 3.2]: route all the hub's affected spokes through the hub's appliance with summary
 * routes, instead of one route per pair (a 1,000-spoke hub has 499,500 pairs; Azure allows 400 routes per
 * route table).
 *
 * The spokes: the VNets of the failing pairs for which `applianceReaches` holds (./transitGapRouteFix.ts:
 * the appliance IP resolves from them to the hub's appliance, whose subnet sends their ranges back over
 * the peering), offered from three of them on and only when some failing pair has both VNets among them.
 *
 * The routes: the fewest blocks covering the spokes' ranges (./summaryPrefixes.ts) that overlap no range
 * of another endpoint (an on-premises network, a VNet that is not one of these spokes): longest prefix
 * match then leaves the spoke's own range, the hub's and its direct peers' to their more specific system
 * routes, and sends nothing else to the appliance. Where no summary fits, narrower blocks or the exact
 * prefixes are used. A spoke under an `isolated` intent with another is kept out of that one's summaries.
 * Each spoke gets, on every workload subnet, a route per block holding a spoke it must reach (not itself,
 * nor a VNet it is peered with), next hop the appliance IP, in tables written as ./transitGapTables.ts does
 * (which also sets the links' flags and keeps tables within 400 routes; past that, no fix). A route
 * already in the table inside such a block that would win for one of those spokes is pointed at the
 * appliance (it lies inside the block, so it holds no other endpoint's range).
 */
import { parseCidr, rangeContains, rangesOverlap, type CidrRange } from '../../../model/cidr';
import type { DesignOp } from '../../../model/ops';
import type { Route } from '../../../model/schema';
import type { RoutingModel } from '../../reach/model';
import type { Fix } from '../../types';
import { CHILD_NAME, freeName, sanitiseName } from '../names';
import { summarise, type Summary } from './summaryPrefixes';
import { applianceCandidates, applianceReaches } from './transitGapRouteFix';
import { largestTable, pointsAt, ROUTES_PER_TABLE, spokeTables, toAppliance } from './transitGapTables';

/** Fewer spokes are as well served by the per-pair fix. */
export const MIN_SUMMARY_SPOKES = 3;

export interface HubGap {
  /** the hub's peers in some failing pair, in node order */
  affected: readonly number[];
  /** how many failing pairs have both VNets in `spokes` */
  failingAmong(spokes: ReadonlySet<number>): number;
  /** node pairs (a * N + b, both orders) under an `isolated` intent */
  isolated: ReadonlySet<number>;
}

interface Item {
  range: CidrRange;
  tag: number;
}

interface Cover {
  summaries: Summary<number>[];
  /** route name for each summary */
  names: Map<Summary<number>, string>;
  /** the covered ranges (disjoint), by family and address once `sorted` */
  items: Item[];
  sorted: boolean;
}

const before = (a: CidrRange, b: CidrRange) => a.family < b.family || (a.family === b.family && a.start < b.start);

/** Index of the last entry starting at or before `r` (same family first), or -1. */
function lastAtOrBefore(list: readonly { range: CidrRange }[], r: CidrRange): number {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = list[mid]?.range as CidrRange;
    if (!before(r, x)) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The summary containing `r`, if any (summaries are disjoint and sorted). */
function containing(summaries: readonly Summary<number>[], r: CidrRange): Summary<number> | undefined {
  const s = summaries[lastAtOrBefore(summaries, r)];
  return s && rangeContains(s.range, r) ? s : undefined;
}

/** Whether `r` overlaps a covered range of a spoke `needed` accepts. */
function overlapsNeeded(items: readonly Item[], r: CidrRange, needed: (n: number) => boolean): boolean {
  // items are disjoint: only the one starting at or before r, and those starting inside r, can overlap it
  for (let i = Math.max(lastAtOrBefore(items, r), 0); i < items.length; i++) {
    const item = items[i] as Item;
    if (item.range.family !== r.family || item.range.start > r.end) break;
    if (rangesOverlap(item.range, r) && needed(item.tag)) return true;
  }
  return false;
}

export function summaryRouteFix(m: RoutingModel, hub: number, gap: HubGap): Fix | undefined {
  const hubVnet = m.nodes[hub]?.vnet;
  if (!hubVnet || gap.affected.length < MIN_SUMMARY_SPOKES) return undefined;
  for (const appliance of applianceCandidates(m, hub)) {
    const ip = appliance.privateIpAddress.trim();
    const spokes = gap.affected.filter(applianceReaches(m, hub, ip));
    if (spokes.length < MIN_SUMMARY_SPOKES || gap.failingAmong(new Set(spokes)) === 0) continue;
    const plan = summaryPlan(m, hub, ip, spokes, gap.isolated);
    // within the routes limit for sure when no table can pass it even if every block were a new route;
    // else the operations are built now and the fix dropped if a table passes it
    const fits = (x: number) => {
      const most = largestTable(m, x);
      return most + plan.blockCount(x) <= ROUTES_PER_TABLE || most + plan.blocksFor(x).length <= ROUTES_PER_TABLE;
    };
    let ops = spokes.every(fits) ? undefined : plan.build();
    if (ops === null) continue;
    const all = spokes.length === (m.connectedPeers[hub]?.size ?? 0) ? 'all ' : '';
    return {
      title: `Route ${all}${spokes.length.toLocaleString('en-US')} spokes of '${hubVnet.name}' through '${appliance.name}' (${ip}) with summary routes`,
      // thousands of operations on a large hub: built when first read (applied, printed, compared), not on every validation
      get ops(): DesignOp[] {
        return (ops ??= plan.build() ?? []);
      },
    };
  }
  return undefined;
}

interface SummaryPlan {
  /** how many blocks cover the spokes that spoke `x` may reach (an upper bound of its routes) */
  blockCount(x: number): number;
  /** the blocks a spoke gets routes for: those holding a spoke it must reach */
  blocksFor(x: number): readonly Summary<number>[];
  /** the fix's operations, or null when a table would pass the routes limit */
  build(): DesignOp[] | null;
}

function summaryPlan(m: RoutingModel, hub: number, ip: string, spokes: readonly number[], isolated: ReadonlySet<number>): SummaryPlan {
  const N = m.nodes.length;
  const inSet = new Set(spokes);
  const avoid: CidrRange[] = [];
  for (const d of m.dests) if (d.node !== hub && !inSet.has(d.node)) avoid.push(d.range);
  const partners = new Map<number, number[]>();
  for (const key of isolated) {
    const a = Math.floor(key / N);
    const b = key % N;
    if (a !== b && inSet.has(a) && inSet.has(b)) partners.set(a, [...(partners.get(a) ?? []), b].sort((x, y) => x - y));
  }
  // one cover per set of isolation partners: without intents, one for all the spokes
  const covers = new Map<string, Cover>();
  const coverFor = (x: number): Cover => {
    const iso = partners.get(x) ?? [];
    const key = iso.join(',');
    let cover = covers.get(key);
    if (!cover) {
      const out = new Set(iso);
      const items: Item[] = [];
      const avoidHere = [...avoid];
      for (const n of spokes) {
        for (const d of m.nodes[n]?.dests ?? []) {
          const range = m.dests[d]?.range;
          if (!range) continue;
          if (out.has(n)) avoidHere.push(range);
          else items.push({ range, tag: n });
        }
      }
      const summaries = summarise(items, avoidHere);
      const names = new Map(summaries.map((x) => [x, sanitiseName(`to-spokes-${x.prefix}`, CHILD_NAME)]));
      covers.set(key, (cover = { summaries, names, items, sorted: false }));
    }
    return cover;
  };
  const needs = (x: number) => (n: number) => n !== x && !m.linkedPeers[x]?.has(n);
  const blocksFor = (x: number) => coverFor(x).summaries.filter((s) => s.tags.some(needs(x)));

  const sortedItems = (cover: Cover): readonly Item[] => {
    if (!cover.sorted) cover.items.sort((a, b) => (before(a.range, b.range) ? -1 : before(b.range, a.range) ? 1 : 0));
    cover.sorted = true;
    return cover.items;
  };
  const build = (): DesignOp[] | null => {
    const tables = spokeTables(m);
    const ops: DesignOp[] = [];
    for (const x of spokes) {
      const cover = coverFor(x);
      const needed = needs(x);
      const mine = blocksFor(x);
      const withRoutes = (routes: readonly Route[]): Route[] => {
        const out = [...routes];
        const routed = new Set<Summary<number>>();
        out.forEach((r, i) => {
          const p = parseCidr(r.addressPrefix);
          const s = p.ok ? containing(mine, p.value) : undefined;
          if (!p.ok || !s || !overlapsNeeded(sortedItems(cover), p.value, needed)) return;
          if (!pointsAt(r, ip)) out[i] = toAppliance(r, ip);
          if (p.value.prefixLength === s.range.prefixLength) routed.add(s);
        });
        const names = out.map((r) => r.name);
        for (const s of mine) {
          if (routed.has(s)) continue;
          const base = cover.names.get(s) ?? 'to-spokes';
          const name = names.length === 0 ? base : freeName(base, CHILD_NAME, names);
          names.push(name);
          out.push({ name, addressPrefix: s.prefix, nextHopType: 'VirtualAppliance', nextHopIpAddress: ip });
        }
        return out;
      };
      const more = tables.opsFor(x, hub, withRoutes);
      if (!more) return null;
      ops.push(...more);
    }
    return ops;
  };
  return { blockCount: (x) => coverFor(x).summaries.length, blocksFor, build };
}
