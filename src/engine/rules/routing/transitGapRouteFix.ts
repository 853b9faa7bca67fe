/**
 * The "route through the hub's appliance" fix of TRANSIT_GAP [reference 1.3, 1.8, 3.1, 3.2], as data.
 * For each VNet of the pairs: on every workload subnet, one UDR per prefix of the other VNet (normalised:
 * no host bits) with the appliance IP as next hop; `allowForwardedTraffic` on the VNet's link toward the
 * hub (the receiving VNet's flag admits what the hub's appliance forwards [1.8]) and VNet access on both
 * links of the VNet-hub peering [1.9].
 *
 * Route tables: a table used only by this VNet is extended (a route for the same range is pointed at the
 * appliance: on a tie the first route wins); a table shared with other VNets or with the hub is copied for
 * this VNet, so the others keep their routes, no VNet sends its own range away and the appliance's subnet
 * never routes to itself; subnets without a table get a new one.
 *
 * The fix is offered only for the pairs it really connects as the packet walk (../../reach/step.ts) sees
 * them: both VNets have workload subnets and valid ranges that overlap no other endpoint's (a route for
 * such a range would also take the other endpoint's traffic, e.g. a direct peer's); the appliance IP resolves
 * from both VNets to an appliance of the hub (not to one of their own, or of another peer, with the same
 * IP [3.2]); and that appliance's subnet sends each range to its VNet over the peering (no UDR or own
 * range of the hub's takes it elsewhere, which no route in the spokes can change).
 */
import { isValidIpAddress, normaliseCidr } from '../../../model/cidr';
import { uniqueId } from '../../../model/ids';
import type { DesignOp } from '../../../model/ops';
import type { Appliance, Route, RouteTable, Subnet } from '../../../model/schema';
import { isSpecialSubnet } from '../../../model/specialSubnets';
import type { RoutingModel } from '../../reach/model';
import { findAppliance, lookupRoute } from '../../reach/step';
import type { Fix } from '../../types';
import { CHILD_NAME, freeId, freeName } from '../names';
import type { Pair } from './transitGapFixes';

/** The hub's appliances that can be a next hop, Azure Firewalls first, then NVAs. */
function applianceCandidates(m: RoutingModel, hub: number): Appliance[] {
  const usable = (m.nodes[hub]?.vnet?.appliances ?? []).filter((a) => isValidIpAddress(a.privateIpAddress) && m.addressRange(a.privateIpAddress));
  return [...usable.filter((a) => a.kind === 'AzureFirewall'), ...usable.filter((a) => a.kind !== 'AzureFirewall')];
}

/** Traffic from `from` to `ip` lands on the hub's appliance, whose subnet sends every range of `to` over the peering to `to`. */
function forwardsTo(m: RoutingModel, hub: number, ip: string, from: number, to: number): boolean {
  const found = findAppliance(m, from, ip);
  if (!found || found.node !== hub) return false;
  const ctx = m.applianceCtx(hub, found.appliance);
  const dests = m.nodes[to]?.dests ?? [];
  return dests.length > 0 && dests.every((d) => {
    const r = lookupRoute(m, ctx, d);
    return r !== undefined && r.source === 'system' && r.peer === to;
  });
}

/** Endpoints whose ranges overlap another endpoint's: a route for such a range would carry the other's traffic too. */
const overlapping = new WeakMap<RoutingModel, Set<number>>();
function overlaps(m: RoutingModel, n: number): boolean {
  let set = overlapping.get(m);
  if (!set) {
    set = new Set();
    for (const key of m.overlapPairs) set.add(Math.floor(key / m.nodes.length));
    overlapping.set(m, set);
  }
  return set.has(n);
}

function connectable(m: RoutingModel, hub: number, ip: string, [a, b]: Pair): boolean {
  const hasWorkload = (n: number) => (m.nodes[n]?.vnet?.subnets ?? []).some((s) => !isSpecialSubnet(s.name));
  return hasWorkload(a) && hasWorkload(b) && !overlaps(m, a) && !overlaps(m, b)
    && forwardsTo(m, hub, ip, a, b) && forwardsTo(m, hub, ip, b, a);
}

export function routeThroughApplianceFix(m: RoutingModel, hub: number, pairs: readonly Pair[]): Fix | undefined {
  const hubVnet = m.nodes[hub]?.vnet;
  if (!hubVnet) return undefined;
  for (const appliance of applianceCandidates(m, hub)) {
    const ip = appliance.privateIpAddress.trim();
    const usable = pairs.filter((p) => connectable(m, hub, ip, p));
    if (usable.length === 0) continue;
    const ops = routeOps(m, hub, ip, usable);
    if (ops.length === 0) continue;
    const n = usable.length;
    return {
      title: `Route ${n === 1 ? 'the pair' : `the ${n} listed pairs`} through '${appliance.name}' (${ip}) in '${hubVnet.name}'`,
      ops,
    };
  }
  return undefined;
}

function routeOps(m: RoutingModel, hub: number, ip: string, pairs: readonly Pair[]): DesignOp[] {
  const needs = new Map<number, number[]>();
  const need = (from: number, to: number) => {
    const list = needs.get(from);
    if (list) list.push(to);
    else needs.set(from, [to]);
  };
  for (const [a, b] of pairs) {
    need(a, b);
    need(b, a);
  }
  const ops: DesignOp[] = [];
  const tableNames = m.design.routeTables.map((r) => r.name);
  const newIds = new Set<string>();
  const newId = (base: string) => {
    const id = uniqueId(base, (x) => newIds.has(x) || freeId(m.design, x) !== x);
    newIds.add(id);
    return id;
  };
  for (const [node, targets] of needs) {
    const vnet = m.nodes[node]?.vnet;
    if (!vnet) continue;
    const wanted = targets.flatMap((t) => (m.nodes[t]?.dests ?? []).map((d) => {
      const text = m.dests[d]?.text ?? '';
      return { prefix: normaliseCidr(text) ?? text, name: `to-${m.nodes[t]?.name ?? 'vnet'}` };
    }));
    const withRoutes = (routes: readonly Route[]): Route[] => {
      const out = [...routes];
      const names = out.map((r) => r.name);
      // normalised prefix -> indexes of the routes for it (normalising once per route, not per pair)
      const byPrefix = new Map<string, number[]>();
      out.forEach((r, i) => {
        const key = normaliseCidr(r.addressPrefix);
        if (key !== undefined) byPrefix.set(key, [...(byPrefix.get(key) ?? []), i]);
      });
      for (const w of wanted) {
        const existing = byPrefix.get(w.prefix);
        if (existing) {
          for (const i of existing) {
            const r = out[i];
            if (r && (r.nextHopType !== 'VirtualAppliance' || (r.nextHopIpAddress ?? '').trim() !== ip)) {
              out[i] = { name: r.name, addressPrefix: r.addressPrefix, nextHopType: 'VirtualAppliance', nextHopIpAddress: ip };
            }
          }
          continue;
        }
        const name = freeName(w.name, CHILD_NAME, names);
        names.push(name);
        byPrefix.set(w.prefix, [out.length]);
        out.push({ name, addressPrefix: w.prefix, nextHopType: 'VirtualAppliance', nextHopIpAddress: ip });
      }
      return out;
    };
    // workload subnets by the table they use ('' for none or a table that does not exist)
    const groups = new Map<string, Subnet[]>();
    for (const s of vnet.subnets) {
      if (isSpecialSubnet(s.name)) continue;
      const key = s.routeTableId !== undefined && m.index.routeTableById.has(s.routeTableId) ? s.routeTableId : '';
      groups.set(key, [...(groups.get(key) ?? []), s]);
    }
    for (const [tableId, subnets] of groups) {
      const rt = tableId === '' ? undefined : m.index.routeTableById.get(tableId);
      const own = rt !== undefined && (m.index.subnetsByRouteTable.get(rt.id) ?? []).every((u) => u.vnet.id === vnet.id);
      if (rt && own) {
        const routes = withRoutes(rt.routes);
        if (JSON.stringify(routes) !== JSON.stringify(rt.routes)) ops.push({ op: 'updateRouteTable', routeTableId: rt.id, patch: { routes } });
        continue;
      }
      const name = freeName(rt ? `${rt.name}-${vnet.name}` : `rt-${vnet.name}`, CHILD_NAME, tableNames);
      tableNames.push(name);
      const table: RouteTable = {
        id: newId(`rt-${vnet.id}`), name, subscriptionId: vnet.subscriptionId, resourceGroup: vnet.resourceGroup, location: vnet.location,
        disableBgpRoutePropagation: rt?.disableBgpRoutePropagation ?? false, routes: withRoutes(rt?.routes ?? []),
      };
      ops.push({ op: 'addRouteTable', routeTable: table });
      for (const s of subnets) ops.push({ op: 'updateSubnet', vnetId: vnet.id, subnetId: s.id, patch: { routeTableId: table.id } });
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
  return ops;
}
