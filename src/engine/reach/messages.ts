/** Why a packet was dropped, in words that name the objects (used by explanations and findings). */
import type { RoutingModel } from './model';
import type { Ctx } from './model';
import type { Step } from './step';

export const nodeName = (m: RoutingModel, n: number): string => m.nodes[n]?.name ?? '?';

export function placeOf(m: RoutingModel, ctx: Ctx): string {
  const v = nodeName(m, ctx.vnet);
  return ctx.subnetName ? `${v}/${ctx.subnetName}` : v;
}

/** A connected peer of `a` that is also a connected peer of `b` (the hub that does not route). */
function sharedNeighbour(m: RoutingModel, a: number, b: number): number {
  const pa = m.connectedPeers[a];
  const pb = m.connectedPeers[b];
  if (!pa || !pb) return -1;
  let best = -1;
  for (const p of pa) if (pb.has(p) && (best < 0 || p < best)) best = p;
  return best;
}

function noRouteHint(m: RoutingModel, ctx: Ctx, target: number): string {
  if (target >= m.vnetCount) {
    if (ctx.disableBgp) return `its route table ${ctx.routeTable?.name ?? ''} disables gateway route propagation`;
    const gid = m.nodes[target]?.onprem?.gatewayId;
    if (gid === undefined || !m.gatewayVnet.has(gid)) return `${nodeName(m, target)} is connected to no gateway`;
    return `${nodeName(m, ctx.vnet)} neither owns the gateway of ${nodeName(m, target)} nor uses it by gateway transit`;
  }
  const hub = sharedNeighbour(m, ctx.vnet, target);
  if (hub >= 0) {
    return `peering is not transitive; ${nodeName(m, hub)} is not a router without an appliance and a route`;
  }
  return `${nodeName(m, ctx.vnet)} and ${nodeName(m, target)} are not peered`;
}

/** The reason of a drop step, without the "where". */
export function dropReason(m: RoutingModel, ctx: Ctx, s: Extract<Step, { kind: 'drop' }>, destText: string, target: number): string {
  const r = s.route;
  const routeWords = r ? `${r.source === 'UDR' ? `route ${r.routeName ?? ''} ` : ''}(${r.prefix}, ${r.source})` : '';
  const here = nodeName(m, ctx.vnet);
  switch (s.code) {
    case 'no-route':
      return `has no route for ${destText} (${noRouteHint(m, ctx, target)})`;
    case 'route-none':
      return `${routeWords} drops traffic to ${destText} (next hop None)`;
    case 'route-internet':
      return `${routeWords} sends ${destText} to the Internet`;
    case 'vnetlocal-miss':
      return `${routeWords} has next hop VnetLocal, but ${destText} is not in ${here}`;
    case 'access-blocked':
      return s.link
        ? `${nodeName(m, s.vnet ?? -1)}'s link ${s.link.name} to ${here} has allowVirtualNetworkAccess off`
        : `${nodeName(m, s.vnet ?? -1)} has no link back to ${here}`;
    case 'forwarding-disabled':
      return `the packet was forwarded and ${nodeName(m, s.vnet ?? -1)}'s link ${s.link?.name ?? ''} to ${here} has allowForwardedTraffic off`;
    case 'no-appliance':
      return `${routeWords} points at ${r?.nextHopIpAddress ?? ''}, but no appliance has that address in ${nodeName(m, s.vnet ?? -1)}`;
    case 'next-hop-unreachable':
      return `${routeWords} points at ${r?.nextHopIpAddress ?? ''}, which lies in no VNet that is ${here} or directly peered with it`;
    case 'no-gateway':
      return `${routeWords} has next hop VirtualNetworkGateway, but ${here} has no gateway and uses no remote gateway`;
    case 'er-next-hop':
      return `${routeWords} has next hop ${s.gateway?.name ?? 'the gateway'}, an ExpressRoute gateway: only a VPN gateway forwards VNet traffic`;
    case 'not-advertised':
      return `has no route for ${destText} (on-premises learns only the gateway VNet and VNets using its gateway by transit)`;
    case 'loop':
      return `routing loop: the packet comes back to ${placeOf(m, ctx)}`;
    case 'hop-limit':
      return 'the walk passed 8 hops';
    case 'no-ranges':
      return 'has no valid address range';
    case 'wrong-destination':
      return `delivers ${destText} elsewhere: the address ranges overlap`;
  }
}
