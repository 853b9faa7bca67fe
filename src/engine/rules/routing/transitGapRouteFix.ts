/**
 * The "route through the hub's appliance" fix of TRANSIT_GAP [reference 1.3, 1.8, 3.1, 3.2], as data.
 * For each VNet of the pairs: on every workload subnet, one UDR per prefix of the other VNet (normalised:
 * no host bits) with the appliance IP as next hop, in tables written as ./transitGapTables.ts does (a
 * route for the same range is pointed at the appliance: on a tie the first route wins), and the flags on
 * the VNet-hub links set there.
 *
 * The fix is offered only for the pairs it really connects as the packet walk (../../reach/step.ts) sees
 * them: both VNets are `applianceReaches` spokes (below).
 */
import { isValidIpAddress, normaliseCidr } from '../../../model/cidr';
import type { DesignOp } from '../../../model/ops';
import type { Appliance, Route } from '../../../model/schema';
import { isSpecialSubnet } from '../../../model/specialSubnets';
import type { RoutingModel } from '../../reach/model';
import { findAppliance, lookupRoute } from '../../reach/step';
import type { Fix } from '../../types';
import { CHILD_NAME, freeName } from '../names';
import type { Pair } from './transitGapFixes';
import { pointsAt, spokeTables, toAppliance } from './transitGapTables';

/** The hub's appliances that can be a next hop, Azure Firewalls first, then NVAs. */
export function applianceCandidates(m: RoutingModel, hub: number): Appliance[] {
  const usable = (m.nodes[hub]?.vnet?.appliances ?? []).filter((a) => isValidIpAddress(a.privateIpAddress) && m.addressRange(a.privateIpAddress));
  return [...usable.filter((a) => a.kind === 'AzureFirewall'), ...usable.filter((a) => a.kind !== 'AzureFirewall')];
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

/**
 * Whether routes toward `ip` can carry spoke `n`'s traffic to the hub's appliance and back: `n` has workload
 * subnets and valid ranges that overlap no other endpoint's (a route for such a range would also take the
 * other endpoint's traffic, e.g. a direct peer's); `ip` resolves from `n` to an appliance of the hub (not
 * to one of its own, or of another peer, with the same IP [3.2]); and that appliance's subnet sends each
 * range of `n` to `n` over the peering (no UDR or own range of the hub's takes it elsewhere, which no
 * route in the spokes can change).
 */
export function applianceReaches(m: RoutingModel, hub: number, ip: string): (n: number) => boolean {
  // the IP is the hub appliance's alone (the usual case): it resolves to it from every peer of the hub
  const holders = m.index.appliancesByIp.get(ip) ?? [];
  const only = holders.length === 1 && m.nodeIdx.get(holders[0]?.vnet.id ?? '') === hub ? holders[0]?.appliance : undefined;
  return (n) => {
    const dests = m.nodes[n]?.dests ?? [];
    if (dests.length === 0 || overlaps(m, n) || !(m.nodes[n]?.vnet?.subnets ?? []).some((s) => !isSpecialSubnet(s.name))) return false;
    let appliance = only && m.connectedPeers[n]?.has(hub) ? only : undefined;
    if (!appliance) {
      const found = findAppliance(m, n, ip);
      if (!found || found.node !== hub) return false;
      appliance = found.appliance;
    }
    const ctx = m.applianceCtx(hub, appliance);
    for (const d of dests) {
      const r = lookupRoute(m, ctx, d);
      if (r === undefined || r.source !== 'system' || r.peer !== n) return false;
    }
    return true;
  };
}

export function routeThroughApplianceFix(m: RoutingModel, hub: number, pairs: readonly Pair[]): Fix | undefined {
  const hubVnet = m.nodes[hub]?.vnet;
  if (!hubVnet) return undefined;
  for (const appliance of applianceCandidates(m, hub)) {
    const ip = appliance.privateIpAddress.trim();
    const reaches = applianceReaches(m, hub, ip);
    const usable = pairs.filter(([a, b]) => reaches(a) && reaches(b));
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
  const tables = spokeTables(m);
  for (const [node, targets] of needs) {
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
            if (r && !pointsAt(r, ip)) out[i] = toAppliance(r, ip);
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
    const more = tables.opsFor(node, hub, withRoutes);
    if (!more) return [];
    ops.push(...more);
  }
  return ops;
}
