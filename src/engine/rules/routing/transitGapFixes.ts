/**
 * The three quick fixes of TRANSIT_GAP [reference 1.3, 3.2], as data:
 * - peer the pair directly (both links);
 * - route through the hub's appliance: on each VNet of the pairs, routes to the other VNet's prefixes
 *   via the appliance IP on every workload subnet (extending the subnet's route table, or creating one
 *   per VNet), and `allowForwardedTraffic` on the VNet's link toward the hub (the receiving VNet's flag
 *   admits what the hub's appliance forwards [1.8]);
 * - mark the pairs intentionally isolated (`isolated` intents, which TRANSIT_GAP then leaves out).
 */
import { makeLink } from '../../../model/factories';
import type { DesignOp } from '../../../model/ops';
import type { Appliance, RouteTable, VNet } from '../../../model/schema';
import { SPECIAL_SUBNETS, type RoutingModel } from '../../reach/model';
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

/** The hub's forwarding appliance: an Azure Firewall first, else an NVA. */
export function hubAppliance(m: RoutingModel, hub: number): Appliance | undefined {
  const list = m.nodes[hub]?.vnet?.appliances ?? [];
  const usable = list.filter((a) => m.addressRange(a.privateIpAddress) !== undefined);
  return usable.find((a) => a.kind === 'AzureFirewall') ?? usable[0];
}

export function routeThroughApplianceFix(m: RoutingModel, hub: number, pairs: readonly Pair[]): Fix | undefined {
  const hubVnet = m.nodes[hub]?.vnet;
  const appliance = hubAppliance(m, hub);
  if (!hubVnet || !appliance) return undefined;
  const ip = appliance.privateIpAddress.trim();
  const hasWorkload = (n: number) => (m.nodes[n]?.vnet?.subnets ?? []).some((s) => !SPECIAL_SUBNETS.has(s.name));
  const usable = pairs.filter(([a, b]) => hasWorkload(a) && hasWorkload(b));
  if (usable.length === 0) return undefined;
  // destinations each VNet needs a route to, in a stable order
  const needs = new Map<number, number[]>();
  for (const [a, b] of usable) {
    needs.set(a, [...(needs.get(a) ?? []), b]);
    needs.set(b, [...(needs.get(b) ?? []), a]);
  }
  const ops: DesignOp[] = [];
  const routeNames = new Map<string, string[]>();
  const routePrefixes = new Map<string, Set<string>>();
  const tableNames = m.design.routeTables.map((r) => r.name);
  const addRoutes = (rt: RouteTable | { id: string; routes: RouteTable['routes'] }, targets: number[]) => {
    const names = routeNames.get(rt.id) ?? rt.routes.map((r) => r.name);
    const prefixes = routePrefixes.get(rt.id) ?? new Set(rt.routes.map((r) => r.addressPrefix.trim()));
    routeNames.set(rt.id, names);
    routePrefixes.set(rt.id, prefixes);
    const users = new Set((m.index.subnetsByRouteTable.get(rt.id) ?? []).map((u) => u.vnet.id));
    for (const t of targets) {
      // a shared table must not send a VNet's own range to the appliance (a UDR beats VnetLocal on a tie)
      if (users.has(m.nodes[t]?.id ?? '')) continue;
      for (const d of m.nodes[t]?.dests ?? []) {
        const prefix = m.dests[d]?.text ?? '';
        if (prefixes.has(prefix)) continue;
        prefixes.add(prefix);
        const name = freeName(`to-${m.nodes[t]?.name ?? 'vnet'}`, CHILD_NAME, names);
        names.push(name);
        ops.push({ op: 'addRoute', routeTableId: rt.id, route: { name, addressPrefix: prefix, nextHopType: 'VirtualAppliance', nextHopIpAddress: ip } });
      }
    }
  };
  for (const [node, targets] of needs) {
    const vnet = m.nodes[node]?.vnet;
    if (!vnet) continue;
    const workload = vnet.subnets.filter((s) => !SPECIAL_SUBNETS.has(s.name));
    const bare = workload.filter((s) => s.routeTableId === undefined || !m.index.routeTableById.has(s.routeTableId));
    if (bare.length > 0) {
      const name = freeName(`rt-${vnet.name}`, CHILD_NAME, tableNames);
      tableNames.push(name);
      const table: RouteTable = {
        id: freeId(m.design, `rt-${vnet.id}`), name, subscriptionId: vnet.subscriptionId, resourceGroup: vnet.resourceGroup,
        location: vnet.location, disableBgpRoutePropagation: false, routes: [],
      };
      ops.push({ op: 'addRouteTable', routeTable: table });
      for (const s of bare) ops.push({ op: 'updateSubnet', vnetId: vnet.id, subnetId: s.id, patch: { routeTableId: table.id } });
      addRoutes(table, targets);
    }
    const tables = new Set(workload.map((s) => s.routeTableId).filter((id): id is string => id !== undefined));
    for (const id of tables) {
      const rt = m.index.routeTableById.get(id);
      if (rt) addRoutes(rt, targets);
    }
    // the hub's appliance forwards into this VNet: its link toward the hub must admit forwarded traffic,
    // and traffic must be allowed over the peering at all, in both directions [1.8, 1.9]
    const toHub = m.link(node, hub);
    if (toHub && (!toHub.allowForwardedTraffic || !toHub.allowVirtualNetworkAccess)) {
      ops.push({ op: 'updatePeering', linkId: toHub.id, patch: { allowForwardedTraffic: true, allowVirtualNetworkAccess: true } });
    }
    const fromHub = m.link(hub, node);
    if (fromHub && !fromHub.allowVirtualNetworkAccess) {
      ops.push({ op: 'updatePeering', linkId: fromHub.id, patch: { allowVirtualNetworkAccess: true } });
    }
  }
  const n = usable.length;
  return {
    title: `Route ${n === 1 ? 'the pair' : `the ${n} listed pairs`} through '${appliance.name}' (${ip}) in '${hubVnet.name}'`,
    ops,
  };
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
