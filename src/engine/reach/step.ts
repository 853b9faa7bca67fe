/**
 * One routing decision of the packet walk (../shared/spec/reachability.md "Effective routes" and
 * "Walking a packet"): the longest-prefix-match route of a context for a destination range, and what
 * it does with the packet. Plain data out; the words are made in ./messages.ts, only when asked.
 */
import { rangeContains } from '../../model/cidr';
import type { Appliance, Gateway, NextHopType, PeeringLink } from '../../model/schema';
import type { Ctx, RoutingModel } from './model';

export type RouteSource = 'system' | 'UDR' | 'gateway';

export interface RouteChoice {
  prefix: string;
  prefixLength: number;
  source: RouteSource;
  nextHopType: NextHopType | 'VNetPeering' | 'GlobalVNetPeering';
  routeName?: string;
  nextHopIpAddress?: string;
  /** VNetPeering: the peer node */
  peer?: number;
  /** gateway route: the gateway behind which the range lies */
  gatewayId?: string;
}

export type DropCode =
  | 'no-route' | 'route-none' | 'route-internet' | 'vnetlocal-miss' | 'access-blocked' | 'forwarding-disabled'
  | 'no-appliance' | 'next-hop-unreachable' | 'no-gateway' | 'er-next-hop' | 'not-advertised' | 'loop' | 'hop-limit'
  | 'no-ranges' | 'wrong-destination';

export type Step =
  | { kind: 'deliver'; route: RouteChoice; node: number }
  | { kind: 'drop'; route?: RouteChoice; code: DropCode; /** the link at fault, the VNet or gateway involved */ link?: PeeringLink; vnet?: number; gateway?: Gateway }
  | { kind: 'next'; route: RouteChoice; ctx: Ctx; /** appliance or gateway id doing the forwarding */ via: string; viaName: string; vnet: number; appliance?: Appliance; gateway?: Gateway };

const RANK: Record<RouteSource, number> = { system: 0, gateway: 1, UDR: 2 };

function better(best: RouteChoice | undefined, c: RouteChoice): RouteChoice {
  if (!best || c.prefixLength > best.prefixLength) return c;
  if (c.prefixLength < best.prefixLength) return best;
  if (RANK[c.source] !== RANK[best.source]) return RANK[c.source] > RANK[best.source] ? c : best;
  // equal system routes: the VNet's own range (VnetLocal) before a peer's identical range
  return c.source === 'system' && c.nextHopType === 'VnetLocal' ? c : best;
}

/**
 * Two peers announcing the same prefix (an overlap Azure rejects: PEER_NEIGHBOR_OVERLAP) tie: prefer
 * the VNet the destination belongs to, then the smaller id, so the answer never depends on order.
 */
function preferPeer(m: RoutingModel, best: RouteChoice | undefined, c: RouteChoice, destNode: number): RouteChoice {
  if (!best || best.prefixLength !== c.prefixLength || best.source !== 'system' || best.peer === undefined || c.peer === undefined) return better(best, c);
  if (best.peer === destNode) return best;
  if (c.peer === destNode) return c;
  return (m.nodes[c.peer]?.id ?? '') < (m.nodes[best.peer]?.id ?? '') ? c : best;
}

/** Longest prefix match; on a tie a UDR beats a gateway route, which beats a system route [reference 3.1]. */
export function lookupRoute(m: RoutingModel, ctx: Ctx, d: number): RouteChoice | undefined {
  const dest = m.dests[d];
  if (!dest) return undefined;
  let best: RouteChoice | undefined;
  const peers = m.connectedPeers[ctx.vnet];
  for (const c of m.vnetContainers[d] ?? []) {
    const cd = m.dests[c];
    if (!cd) continue;
    if (cd.node === ctx.vnet) {
      if (!ctx.excludeOwn) best = better(best, { prefix: cd.text, prefixLength: cd.range.prefixLength, source: 'system', nextHopType: 'VnetLocal' });
    } else if (peers?.has(cd.node)) {
      const global = m.region[ctx.vnet] !== m.region[cd.node];
      best = preferPeer(m, best, { prefix: cd.text, prefixLength: cd.range.prefixLength, source: 'system', nextHopType: global ? 'GlobalVNetPeering' : 'VNetPeering', peer: cd.node }, dest.node);
    }
  }
  // Gateway (BGP) routes: on-premises ranges behind the VNet's own gateway or its transit hub's [1.7, 3.1].
  const onprem = m.onpremContainers[d] ?? [];
  if (!ctx.disableBgp && onprem.length > 0) {
    const gateways = m.gatewaysFor(ctx.vnet);
    for (const c of onprem) {
      const cd = m.dests[c];
      const gid = cd ? m.nodes[cd.node]?.onprem?.gatewayId : undefined;
      if (!cd || gid === undefined) continue;
      for (const g of gateways) {
        if (g.id === gid) best = better(best, { prefix: cd.text, prefixLength: cd.range.prefixLength, source: 'gateway', nextHopType: 'VirtualNetworkGateway', gatewayId: gid });
      }
    }
  }
  // UDRs are sorted longest first: the first containing one is the best UDR
  for (const u of ctx.udrs) {
    if (best && best.prefixLength > u.range.prefixLength) break;
    const r = u.range;
    if (r.family !== dest.range.family) continue;
    if (r.family === 4 ? u.lo > dest.lo || dest.hi > u.hi : r.start > dest.range.start || dest.range.end > r.end) continue;
    const c: RouteChoice = { prefix: u.route.addressPrefix, prefixLength: u.range.prefixLength, source: 'UDR', nextHopType: u.route.nextHopType, routeName: u.route.name };
    if (u.route.nextHopIpAddress !== undefined) c.nextHopIpAddress = u.route.nextHopIpAddress;
    best = better(best, c);
    break;
  }
  return best;
}

/** Entering peer `n` from `cur`: the receiving VNet's link toward the sender decides [1.8, 1.9]. */
function entryBlock(m: RoutingModel, n: number, cur: number, forwarded: boolean): Step | undefined {
  const l = m.link(n, cur);
  if (!l) return { kind: 'drop', code: 'access-blocked', vnet: n };
  if (!l.allowVirtualNetworkAccess) return { kind: 'drop', code: 'access-blocked', link: l, vnet: n };
  if (forwarded && !l.allowForwardedTraffic) return { kind: 'drop', code: 'forwarding-disabled', link: l, vnet: n };
  return undefined;
}

function withRoute(s: Step, route: RouteChoice): Step {
  return s.kind === 'drop' ? { ...s, route } : s;
}

/** The on-premises node behind `gatewayId` whose range contains destination `d`, or -1. */
function onpremBehind(m: RoutingModel, d: number, gatewayId: string): number {
  for (const c of m.onpremContainers[d] ?? []) {
    const node = m.dests[c]?.node ?? -1;
    if (m.nodes[node]?.onprem?.gatewayId === gatewayId) return node;
  }
  return -1;
}

type FoundAppliance = { node: number; appliance: Appliance } | null;
const applianceCache = new WeakMap<RoutingModel, Map<string, Map<number, FoundAppliance>>>();

/** The appliance a VirtualAppliance next hop points at: in the current VNet or a connected peer [3.2]. */
export function findAppliance(m: RoutingModel, cur: number, ip: string): FoundAppliance {
  let byIp = applianceCache.get(m);
  if (!byIp) applianceCache.set(m, (byIp = new Map()));
  let byVnet = byIp.get(ip);
  if (!byVnet) byIp.set(ip, (byVnet = new Map()));
  const hit = byVnet.get(cur);
  if (hit !== undefined) return hit;
  let best: FoundAppliance = null;
  for (const { vnet, appliance } of m.index.appliancesByIp.get(ip.trim()) ?? []) {
    const node = m.nodeIdx.get(vnet.id) ?? -1;
    if (node === cur) {
      best = { node, appliance };
      break;
    }
    if (!best && m.connectedPeers[cur]?.has(node)) best = { node, appliance };
  }
  byVnet.set(cur, best);
  return best;
}

/** The VNet (current or connected peer) whose address space holds `ip`, or -1. */
export function vnetHoldingAddress(m: RoutingModel, cur: number, ip: string): number {
  const addr = m.addressRange(ip);
  if (!addr) return -1;
  const holds = (v: number) => (m.nodes[v]?.dests ?? []).some((d) => { const r = m.dests[d]?.range; return !!r && rangeContains(r, addr); });
  if (holds(cur)) return cur;
  for (const p of m.connectedPeers[cur] ?? []) if (holds(p)) return p;
  return -1;
}

export function step(m: RoutingModel, ctx: Ctx, d: number, forwarded: boolean): Step {
  const route = lookupRoute(m, ctx, d);
  if (!route) return { kind: 'drop', code: 'no-route' };
  const cur = ctx.vnet;
  switch (route.nextHopType) {
    case 'VnetLocal': {
      if (route.source === 'system') return { kind: 'deliver', route, node: cur };
      const own = !ctx.excludeOwn && (m.vnetContainers[d] ?? []).some((c) => m.dests[c]?.node === cur);
      return own ? { kind: 'deliver', route, node: cur } : { kind: 'drop', route, code: 'vnetlocal-miss' };
    }
    case 'VNetPeering':
    case 'GlobalVNetPeering': {
      const peer = route.peer ?? -1;
      const blocked = entryBlock(m, peer, cur, forwarded);
      return blocked ? withRoute(blocked, route) : { kind: 'deliver', route, node: peer };
    }
    case 'Internet':
      return { kind: 'drop', route, code: 'route-internet' };
    case 'None':
      return { kind: 'drop', route, code: 'route-none' };
    case 'VirtualAppliance': {
      const ip = route.nextHopIpAddress ?? '';
      const found = findAppliance(m, cur, ip);
      if (!found) {
        const holder = vnetHoldingAddress(m, cur, ip);
        return holder >= 0 ? { kind: 'drop', route, code: 'no-appliance', vnet: holder } : { kind: 'drop', route, code: 'next-hop-unreachable' };
      }
      if (found.node !== cur) {
        const blocked = entryBlock(m, found.node, cur, forwarded);
        if (blocked) return withRoute(blocked, route);
      }
      return {
        kind: 'next', route, ctx: m.applianceCtx(found.node, found.appliance), via: found.appliance.id, viaName: found.appliance.name,
        vnet: found.node, appliance: found.appliance,
      };
    }
    case 'VirtualNetworkGateway': {
      if (route.source === 'gateway' && route.gatewayId !== undefined) {
        const node = onpremBehind(m, d, route.gatewayId);
        if (node >= 0) return { kind: 'deliver', route, node };
      }
      const gateways = m.gatewaysFor(cur);
      const gateway = gateways.find((g) => g.gatewayType === 'Vpn') ?? gateways[0];
      if (!gateway) return { kind: 'drop', route, code: 'no-gateway' };
      const behind = onpremBehind(m, d, gateway.id);
      if (behind >= 0) return { kind: 'deliver', route, node: behind };
      // A VPN gateway forwards VNet traffic like an appliance; ExpressRoute does not [3.1, 3.2].
      if (gateway.gatewayType !== 'Vpn') return { kind: 'drop', route, code: 'er-next-hop', gateway };
      const gwVnet = m.gatewayVnet.get(gateway.id) ?? cur;
      if (gwVnet !== cur) {
        const blocked = entryBlock(m, gwVnet, cur, forwarded);
        if (blocked) return withRoute(blocked, route);
      }
      return { kind: 'next', route, ctx: m.subnetCtx(gwVnet, 'GatewaySubnet'), via: gateway.id, viaName: gateway.name, vnet: gwVnet, gateway };
    }
  }
}
