/**
 * ROUTE_NEXT_HOP_UNREACHABLE [reference 3.2, 14 Routing]: a `VirtualAppliance` route sends traffic to an
 * IP where the subnet's VNet cannot hand it over: the IP lies in no VNet that is the route's own VNet
 * or directly (and connectedly) peered with it, or it lies in one but no appliance has that address.
 * One finding per route table and next-hop IP, naming every VNet whose subnets use the table.
 */
import type { Design } from '../../../model/schema';
import { routingModel } from '../../reach/model';
import { vnetHoldingAddress } from '../../reach/step';
import type { Finding } from '../../types';
import { finding } from '../finding';

export function routeNextHopUnreachable(design: Design): Finding[] {
  const m = routingModel(design);
  const out: Finding[] = [];
  for (const rt of design.routeTables) {
    const users = m.index.subnetsByRouteTable.get(rt.id) ?? [];
    if (users.length === 0) continue;
    const vnets = [...new Set(users.map((u) => m.nodeIdx.get(u.vnet.id) ?? -1))].filter((v) => v >= 0);
    const seenIp = new Set<string>();
    for (const r of rt.routes) {
      const ip = (r.nextHopIpAddress ?? '').trim();
      // an invalid or missing IP is ROUTE_NEXT_HOP_INVALID's business
      if (r.nextHopType !== 'VirtualAppliance' || seenIp.has(ip) || !m.addressRange(ip)) continue;
      seenIp.add(ip);
      const candidates = m.index.appliancesByIp.get(ip) ?? [];
      const failing = vnets.filter((v) => !candidates.some(({ vnet }) => {
        const n = m.nodeIdx.get(vnet.id) ?? -1;
        return n === v || (m.connectedPeers[v]?.has(n) ?? false);
      }));
      const first = failing[0];
      if (first === undefined) continue;
      const names = failing.map((v) => `'${m.nodes[v]?.name ?? ''}'`);
      const shown = names.length > 5 ? `${names.slice(0, 5).join(', ')} and ${names.length - 5} more` : names.join(', ');
      const holder = vnetHoldingAddress(m, first, ip);
      const why = holder >= 0
        ? `no appliance has that address in '${m.nodes[holder]?.name ?? ''}'`
        : 'it lies in no VNet that is the route\'s own VNet or directly peered with it';
      out.push(finding('ROUTE_NEXT_HOP_UNREACHABLE',
        `Route '${r.name}' (${r.addressPrefix}) of route table '${rt.name}' sends traffic to ${ip}, used by ${shown}, but ${why}: packets are dropped.`, {
          vnets: failing.map((v) => m.nodes[v]?.id ?? ''),
          details: { routeTable: rt.name, route: r.name, nextHopIpAddress: ip, vnetCount: failing.length },
        }));
    }
  }
  return out;
}
