/**
 * The three quick fixes of TRANSIT_GAP [reference 1.3, 3.2], as data:
 * - peer the pair directly (both links);
 * - route through the hub's appliance (./transitGapRouteFix.ts);
 * - mark the pairs intentionally isolated (`isolated` intents, which TRANSIT_GAP then leaves out).
 */
import { makeLink } from '../../../model/factories';
import type { DesignOp } from '../../../model/ops';
import type { VNet } from '../../../model/schema';
import type { RoutingModel } from '../../reach/model';
import type { Fix } from '../../types';
import { CHILD_NAME, freeId, freeName } from '../names';

export type Pair = readonly [number, number];

export function peerDirectlyFix(m: RoutingModel, [a, b]: Pair): Fix | undefined {
  const va = m.nodes[a]?.vnet;
  const vb = m.nodes[b]?.vnet;
  if (!va || !vb || m.overlapPairs.has(a * m.nodes.length + b)) return undefined;
  // Azure refuses peerings across clouds and between two classic VNets [1.11, 1.12]: no fix to offer there
  const cloudOf = (v: VNet) => m.design.subscriptions.find((s) => s.id === v.subscriptionId)?.cloud ?? 'AzureCloud';
  if (cloudOf(va) !== cloudOf(vb) || (va.isClassic && vb.isClassic)) return undefined;
  const namesOf = (v: VNet) => (m.index.linksFrom.get(v.id) ?? []).map((l) => l.name);
  const ab = makeLink({ id: freeId(m.design, `${va.id}-to-${vb.id}`), name: freeName(`peer-${va.name}-to-${vb.name}`, CHILD_NAME, namesOf(va)), from: va.id, to: vb.id });
  const ba = makeLink({ id: freeId(m.design, `${vb.id}-to-${va.id}`), name: freeName(`peer-${vb.name}-to-${va.name}`, CHILD_NAME, namesOf(vb)), from: vb.id, to: va.id });
  return { title: `Peer '${va.name}' and '${vb.name}' directly`, ops: [{ op: 'addPeering', link: ab }, { op: 'addPeering', link: ba }] };
}

export function markIsolatedFix(m: RoutingModel, pairs: readonly Pair[]): Fix | undefined {
  if (pairs.length === 0) return undefined;
  const ops: DesignOp[] = pairs.map(([a, b]) => {
    const from = m.nodes[a]?.id ?? '';
    const to = m.nodes[b]?.id ?? '';
    return { op: 'addIntent', intent: { id: freeId(m.design, `intent-isolated-${from}-${to}`), from, to, expect: 'isolated' } };
  });
  const n = pairs.length;
  return { title: `Mark ${n === 1 ? 'the pair' : `the ${n} listed pairs`} as intentionally isolated`, ops };
}
