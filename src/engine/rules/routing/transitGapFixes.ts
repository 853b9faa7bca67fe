/**
 * The quick fixes of TRANSIT_GAP [reference 1.3, 3.2], as data:
 * - peer the pair directly (both links), where Azure would accept that peering;
 * - route the listed pairs through the hub's appliance (./transitGapRouteFix.ts);
 * - route all the affected spokes through it with summary routes (./transitGapSummaryFix.ts);
 * - mark the pairs intentionally isolated (`isolated` intents, which TRANSIT_GAP then leaves out), only
 *   those with no traffic in either direction.
 */
import { makeLink } from '../../../model/factories';
import type { DesignOp } from '../../../model/ops';
import type { VNet } from '../../../model/schema';
import type { RoutingModel } from '../../reach/model';
import type { Fix } from '../../types';
import { CHILD_NAME, freeId, freeName } from '../names';
import { PEERING_LIMIT } from '../peerTopology';

export type Pair = readonly [number, number];

export function peerDirectlyFix(m: RoutingModel, [a, b]: Pair): Fix | undefined {
  const va = m.nodes[a]?.vnet;
  const vb = m.nodes[b]?.vnet;
  if (!va || !vb || m.overlapPairs.has(a * m.nodes.length + b)) return undefined;
  // Azure refuses peerings across clouds and between two classic VNets [1.11, 1.12]: no fix to offer there
  const cloudOf = (v: VNet) => m.design.subscriptions.find((s) => s.id === v.subscriptionId)?.cloud ?? 'AzureCloud';
  if (cloudOf(va) !== cloudOf(vb) || (va.isClassic && vb.isClassic)) return undefined;
  // nor a peering to a VNet overlapping one already peered [1.2], nor past the links limit per VNet
  const N = m.nodes.length;
  const clashes = (x: number, y: number) => [...(m.linkedPeers[x] ?? [])].some((p) => p !== y && m.overlapPairs.has(y * N + p));
  const full = (v: VNet) => (m.index.linksFrom.get(v.id) ?? []).length >= PEERING_LIMIT;
  if (clashes(a, b) || clashes(b, a) || full(va) || full(vb)) return undefined;
  const namesOf = (v: VNet) => (m.index.linksFrom.get(v.id) ?? []).map((l) => l.name);
  const ab = makeLink({ id: freeId(m.design, `${va.id}-to-${vb.id}`), name: freeName(`peer-${va.name}-to-${vb.name}`, CHILD_NAME, namesOf(va)), from: va.id, to: vb.id });
  const ba = makeLink({ id: freeId(m.design, `${vb.id}-to-${va.id}`), name: freeName(`peer-${vb.name}-to-${va.name}`, CHILD_NAME, namesOf(vb)), from: vb.id, to: va.id });
  return { title: `Peer '${va.name}' and '${vb.name}' directly`, ops: [{ op: 'addPeering', link: ab }, { op: 'addPeering', link: ba }] };
}

/** `some`: only some of the listed pairs qualify (those with no traffic in either direction). */
export function markIsolatedFix(m: RoutingModel, pairs: readonly Pair[], some = false): Fix | undefined {
  if (pairs.length === 0) return undefined;
  const ops: DesignOp[] = pairs.map(([a, b]) => {
    const from = m.nodes[a]?.id ?? '';
    const to = m.nodes[b]?.id ?? '';
    return { op: 'addIntent', intent: { id: freeId(m.design, `intent-isolated-${from}-${to}`), from, to, expect: 'isolated' } };
  });
  const n = pairs.length;
  const which = some ? `the ${n === 1 ? 'listed pair' : `${n} listed pairs`} with no traffic either way` : n === 1 ? 'the pair' : `the ${n} listed pairs`;
  return { title: `Mark ${which} as intentionally isolated`, ops };
}
