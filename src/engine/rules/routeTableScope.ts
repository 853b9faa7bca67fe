/**
 * A route table serves only subnets of VNets in its own region and subscription [reference 2.2, 3.1].
 */
import type { Design } from '../../model/schema';
import { designIndex } from '../designIndex';
import type { Finding } from '../types';
import { finding, sameId, sameLocation, withUsableFixes } from './finding';

export function routeTableScope(design: Design): Finding[] {
  const ix = designIndex(design);
  const out: Finding[] = [];
  for (const [rtId, users] of ix.subnetsByRouteTable) {
    const rt = ix.routeTableById.get(rtId);
    if (!rt) continue;
    for (const { vnet, subnet } of users) {
      const otherRegion = !sameLocation(rt.location, vnet.location);
      const otherSub = !sameId(rt.subscriptionId, vnet.subscriptionId);
      if (!otherRegion && !otherSub) continue;
      const why = [otherRegion ? `region ${rt.location} vs ${vnet.location}` : '', otherSub ? 'another subscription' : '']
        .filter(Boolean).join(', ');
      out.push(finding('ROUTE_TABLE_SCOPE', `Route table '${rt.name}' is associated with subnet '${subnet.name}' of VNet '${vnet.name}' across scopes (${why}): it must be in the VNet's region and subscription.`, {
        vnets: [vnet.id], details: { routeTable: rt.name, subnet: subnet.name, otherRegion, otherSubscription: otherSub },
        fixes: [{
          title: `Detach route table '${rt.name}' from '${subnet.name}'`,
          ops: [{ op: 'updateSubnet', vnetId: vnet.id, subnetId: subnet.id, patch: { routeTableId: undefined } }],
        }],
      }));
    }
  }
  return withUsableFixes(design, out);
}
