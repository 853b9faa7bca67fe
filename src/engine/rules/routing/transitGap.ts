/**
 * TRANSIT_GAP [reference 1.3]: peering is not transitive, so two VNets sharing a peered neighbour H
 * (spokes of one hub) cannot talk unless something forwards their traffic. One finding per H, listing
 * the pairs that are not directly peered and cannot talk both ways (count + the first 100 pairs),
 * minus pairs under an `isolated` intent.
 *
 * Counts by node types (../../reach/blocks.ts): the 499,500 spoke pairs of a 1,000-spoke hub are one
 * type pair, not 499,500 checks; directly peered, isolated and overlapping pairs are corrected one by one.
 */
import type { Design } from '../../../model/schema';
import { NONE, REACH, reachInternals } from '../../reach/analyse';
import { memberPairs, nodeTypes, pairsBetween, typeStatus, type NodeType } from '../../reach/blocks';
import { explainReach } from '../../reach/explain';
import type { RoutingModel } from '../../reach/model';
import type { Finding, Fix } from '../../types';
import { finding, withUsableFixes } from '../finding';
import { markIsolatedFix, peerDirectlyFix, type Pair } from './transitGapFixes';
import { routeThroughApplianceFix } from './transitGapRouteFix';
import { summaryRouteFix, type HubGap } from './transitGapSummaryFix';

export const MAX_LISTED_PAIRS = 100;

/** Node pairs (a * N + b, both orders) covered by an `isolated` intent. */
export function isolatedPairs(m: RoutingModel): Set<number> {
  const N = m.nodes.length;
  const out = new Set<number>();
  for (const i of m.design.intents) {
    if (i.expect !== 'isolated') continue;
    const a = m.nodeIdx.get(i.from);
    const b = m.nodeIdx.get(i.to);
    if (a !== undefined && b !== undefined) out.add(a * N + b).add(b * N + a);
  }
  return out;
}

export function transitGap(design: Design): Finding[] {
  const r = reachInternals(design);
  const m = r.model;
  const N = m.nodes.length;
  const isolated = isolatedPairs(m);
  const talks = (a: number, b: number) => r.status(a, b) === REACH && r.status(b, a) === REACH;
  const out: Finding[] = [];
  for (let hub = 0; hub < m.vnetCount; hub++) {
    const peerSet = m.connectedPeers[hub];
    if (!peerSet || peerSet.size < 2) continue;
    const peers = [...peerSet].sort((x, y) => x - y);
    const { types, typeOf } = nodeTypes(r, peers);
    const classFails = (a: NodeType, b: NodeType) =>
      typeStatus(r, a, b).status !== REACH || typeStatus(r, b, a).status !== REACH;
    // count by type pairs, then correct the few pairs whose answer is not the class tables'
    let count = 0;
    const failing: [NodeType, NodeType][] = [];
    for (let i = 0; i < types.length; i++) {
      for (let j = i; j < types.length; j++) {
        const a = types[i];
        const b = types[j];
        if (!a || !b || pairsBetween(a, b) === 0 || !classFails(a, b)) continue;
        count += pairsBetween(a, b);
        failing.push([a, b]);
      }
    }
    const special = new Map<number, Pair>();
    const addSpecial = (x: number, y: number) => {
      const [a, b] = x < y ? [x, y] : [y, x];
      if (a !== b && peerSet.has(a) && peerSet.has(b)) special.set(a * N + b, [a, b]);
    };
    for (const a of peers) for (const b of m.linkedPeers[a] ?? []) if (b > a) addSpecial(a, b);
    for (const key of isolated) addSpecial(Math.floor(key / N), key % N);
    for (const key of r.exceptions.keys()) addSpecial(Math.floor(key / N), key % N);
    const extra: Pair[] = [];
    // the special pairs whose answer differs from their types': [pair, +1 failing / -1 counted but not failing]
    const corrections: [Pair, number][] = [];
    for (const [key, [a, b]] of special) {
      const ta = typeOf.get(a);
      const tb = typeOf.get(b);
      const counted = ta && tb && classFails(ta, tb) ? 1 : 0;
      const fails = !m.linkedPeers[a]?.has(b) && !isolated.has(key) && !talks(a, b) ? 1 : 0;
      count += fails - counted;
      if (fails) extra.push([a, b]);
      if (fails !== counted) corrections.push([[a, b], fails - counted]);
    }
    if (count <= 0) continue;
    const listed: Pair[] = [];
    const involved = new Set<number>();
    for (const [a, b] of failing) {
      for (const n of [...a.members, ...b.members]) involved.add(n);
      for (const pair of memberPairs(a, b)) {
        if (listed.length >= MAX_LISTED_PAIRS) break;
        if (!special.has(pair[0] * N + pair[1])) listed.push(pair);
      }
    }
    for (const pair of extra) {
      involved.add(pair[0]).add(pair[1]);
      if (listed.length < MAX_LISTED_PAIRS) listed.push(pair);
    }
    const first = listed[0];
    if (!first) continue;
    // a pair with traffic in one direction is not isolated: marking it so would raise INTENT_NOT_ISOLATED
    const silent = listed.filter(([a, b]) => r.status(a, b) === NONE && r.status(b, a) === NONE);
    const failingAmong = (spokes: ReadonlySet<number>) => {
      let n = 0;
      for (const [a, b] of failing) {
        const inA = a.members.filter((x) => spokes.has(x)).length;
        n += a === b ? (inA * (inA - 1)) / 2 : inA * b.members.filter((x) => spokes.has(x)).length;
      }
      for (const [[a, b], delta] of corrections) if (spokes.has(a) && spokes.has(b)) n += delta;
      return n;
    };
    // failing pairs per VNet (the same for all members of a type, but for the corrections), to offer the
    // summary fix for exactly the VNets in some failing pair
    const perType = new Map<NodeType, number>();
    const perNode = new Map<number, number>();
    const add = <K>(map: Map<K, number>, k: K, n: number) => map.set(k, (map.get(k) ?? 0) + n);
    for (const [a, b] of failing) {
      add(perType, a, a === b ? a.members.length - 1 : b.members.length);
      if (a !== b) add(perType, b, a.members.length);
    }
    for (const [[a, b], delta] of corrections) {
      add(perNode, a, delta);
      add(perNode, b, delta);
    }
    const failsOf = (n: number) => {
      const t = typeOf.get(n);
      return (t ? (perType.get(t) ?? 0) : 0) + (perNode.get(n) ?? 0);
    };
    const affected = peers.filter((n) => failsOf(n) > 0);
    const gap: HubGap = { affected, failingAmong, isolated };
    out.push(gapFinding(design, m, hub, count, listed, silent, involved, gap, first));
  }
  return withUsableFixes(design, out);
}

function gapFinding(design: Design, m: RoutingModel, hub: number, count: number, listed: Pair[], silent: Pair[], involved: Set<number>, gap: HubGap, first: Pair): Finding {
  const name = (n: number) => m.nodes[n]?.name ?? '?';
  const id = (n: number) => m.nodes[n]?.id ?? '';
  const why = explainReach(design, id(first[0]), id(first[1]));
  const back = explainReach(design, id(first[1]), id(first[0]));
  const example = why?.status !== 'reach' ? why?.message : back?.message;
  const pairs = listed.map(([a, b]) => `${name(a)} <-> ${name(b)}`).join('; ');
  const message = count === 1
    ? `'${name(first[0])}' and '${name(first[1])}' are both peered with '${name(hub)}' but cannot reach each other: peering is not transitive and nothing forwards their traffic.`
    : `${count} pairs of VNets peered with '${name(hub)}' cannot reach each other (e.g. '${name(first[0])}' and '${name(first[1])}'): peering is not transitive and nothing forwards their traffic.`;
  const fixes = [
    peerDirectlyFix(m, first),
    routeThroughApplianceFix(m, hub, listed),
    summaryRouteFix(m, hub, gap),
    markIsolatedFix(m, silent, silent.length < listed.length),
  ].filter((f): f is Fix => f !== undefined);
  return finding('TRANSIT_GAP', message, {
    vnets: [id(hub), ...[...involved].map(id)],
    details: { hub: name(hub), hubId: id(hub), pairCount: count, listedPairs: listed.length, pairs, example: example ?? '' },
    fixes,
  });
}
