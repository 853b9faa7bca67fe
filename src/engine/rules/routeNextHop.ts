/**
 * Static next-hop checks of route tables [reference 3.1, 14 Routing]: `VirtualAppliance` needs a valid
 * next-hop IP and no other type may carry one; `VirtualNetworkGateway` works as a UDR next hop only with
 * a VPN gateway, not ExpressRoute (ER routes come from BGP). The gateway a subnet reaches is its VNet's
 * own, or else the one it uses through gateway transit.
 */
import { isValidIpAddress } from '../../model/cidr';
import type { Design, Gateway, VNet } from '../../model/schema';
import { designIndex } from '../designIndex';
import type { Finding } from '../types';
import { finding, withUsableFixes } from './finding';

function gatewaysFor(ix: ReturnType<typeof designIndex>, v: VNet): { owner: VNet; gateways: Gateway[] } | undefined {
  if (v.gateways.length > 0) return { owner: v, gateways: v.gateways };
  const transit = (ix.linksFrom.get(v.id) ?? []).find((l) => l.useRemoteGateways && l.to !== v.id);
  const hub = transit ? ix.vnetById.get(transit.to) : undefined;
  return hub && hub.gateways.length > 0 ? { owner: hub, gateways: hub.gateways } : undefined;
}

export function routeNextHop(design: Design): Finding[] {
  const ix = designIndex(design);
  const out: Finding[] = [];
  for (const rt of design.routeTables) {
    const users = ix.subnetsByRouteTable.get(rt.id) ?? [];
    const vnetIds = users.map((u) => u.vnet.id);
    rt.routes.forEach((r, i) => {
      const ip = (r.nextHopIpAddress ?? '').trim();
      const details = { routeTable: rt.name, route: r.name, nextHopType: r.nextHopType };
      const where = `Route '${r.name}' (${r.addressPrefix}) of route table '${rt.name}'`;
      if (r.nextHopType === 'VirtualAppliance' && !isValidIpAddress(ip)) {
        out.push(finding('ROUTE_NEXT_HOP_INVALID', ip === ''
          ? `${where} has next hop VirtualAppliance but no next-hop IP address.`
          : `${where} has next hop VirtualAppliance with an invalid IP address "${ip}".`, {
          vnets: vnetIds, details: { ...details, nextHopIpAddress: ip },
        }));
      } else if (r.nextHopType !== 'VirtualAppliance' && ip !== '') {
        out.push(finding('ROUTE_NEXT_HOP_INVALID', `${where} has next hop ${r.nextHopType} but also a next-hop IP ${ip}, which only VirtualAppliance takes.`, {
          vnets: vnetIds, details: { ...details, nextHopIpAddress: ip },
          fixes: [{
            title: `Remove the next-hop IP from route '${r.name}'`,
            ops: [{ op: 'updateRouteTable', routeTableId: rt.id, patch: { routes: rt.routes.map((x, j) => (j === i ? { name: x.name, addressPrefix: x.addressPrefix, nextHopType: x.nextHopType } : x)) } }],
          }],
        }));
      }
      if (r.nextHopType !== 'VirtualNetworkGateway') return;
      const seen = new Set<string>();
      for (const { vnet } of users) {
        if (seen.has(vnet.id)) continue;
        seen.add(vnet.id);
        const gw = gatewaysFor(ix, vnet);
        if (!gw || gw.gateways.some((g) => g.gatewayType === 'Vpn')) continue;
        out.push(finding('ROUTE_GATEWAY_ER_NEXT_HOP', `${where}, used by '${vnet.name}', sends traffic to gateway '${gw.gateways[0]?.name ?? ''}' of '${gw.owner.name}', which is ExpressRoute: only a VPN gateway works as a UDR next hop.`, {
          vnets: [vnet.id, gw.owner.id], details: { ...details, gateway: gw.gateways[0]?.name ?? '' },
        }));
      }
    });
  }
  return withUsableFixes(design, out);
}
