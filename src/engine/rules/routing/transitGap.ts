/**
 * TRANSIT_GAP [reference 1.3]: peering is not transitive, so two VNets sharing a peered neighbour H
 * (spokes of one hub) cannot talk unless something forwards their traffic. One finding per H, listing
 * the pairs that are not directly peered and cannot talk both ways (count + the first 100 pairs),
 * minus pairs under an `isolated` intent.
 *
 * Runs over the class-compressed reachability tables: 499,500 spoke pairs of a 1,000-spoke hub are a
 * tight loop over byte arrays, not 499,500 walks.
 */
import type { Design } from '../../../model/schema';
import { REACH, reachInternals } from '../../reach/analyse';
import { explainReach } from '../../reach/explain';
import type { RoutingModel } from '../../reach/model';
import type { Finding, Fix } from '../../types';
import { finding } from '../finding';
import { markIsolatedFix, peerDirectlyFix, routeThroughApplianceFix, type Pair } from './transitGapFixes';

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
  const { classStatus, nodeClass, hasException } = r;
  const talks = (a: number, b: number): boolean => {
    if (hasException[a] || hasException[b]) return r.status(a, b) === REACH && r.status(b, a) === REACH;
    return classStatus[nodeClass[a] ?? 0]?.[b] === REACH && classStatus[nodeClass[b] ?? 0]?.[a] === REACH;
  };
  const out: Finding[] = [];
  for (let hub = 0; hub < m.vnetCount; hub++) {
    const peers = [...(m.connectedPeers[hub] ?? [])].sort((x, y) => x - y);
    if (peers.length < 2) continue;
    let count = 0;
    const listed: Pair[] = [];
    const involved = new Set<number>();
    for (let i = 0; i < peers.length; i++) {
      const a = peers[i] ?? 0;
      const linked = m.linkedPeers[a];
      for (let j = i + 1; j < peers.length; j++) {
        const b = peers[j] ?? 0;
        if (linked?.has(b) || talks(a, b)) continue;
        if (isolated.size > 0 && isolated.has(a * N + b)) continue;
        count++;
        involved.add(a).add(b);
        if (listed.length < MAX_LISTED_PAIRS) listed.push([a, b]);
      }
    }
    const first = listed[0];
    if (!first) continue;
    out.push(gapFinding(design, m, hub, count, listed, involved, first));
  }
  return out;
}

function gapFinding(design: Design, m: RoutingModel, hub: number, count: number, listed: Pair[], involved: Set<number>, first: Pair): Finding {
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
    markIsolatedFix(m, listed),
  ].filter((f): f is Fix => f !== undefined);
  return finding('TRANSIT_GAP', message, {
    vnets: [id(hub), ...[...involved].map(id)],
    details: { hub: name(hub), pairCount: count, listedPairs: listed.length, pairs, example: example ?? '' },
    fixes,
  });
}
