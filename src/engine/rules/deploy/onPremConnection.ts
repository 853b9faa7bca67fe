/**
 * How an on-premises site connects to its gateway (Microsoft.Network/connections `connectionType`,
 * https://learn.microsoft.com/azure/templates/microsoft.network/connections):
 * - DEPLOY_ONPREM_CONNECTION_TYPE (error): an `IPsec` site on an ExpressRoute gateway, or an `ExpressRoute` site on
 *   a VPN gateway. A site-to-site (IPsec) connection needs a VPN gateway and an ExpressRoute connection an
 *   ExpressRoute gateway (https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-about-vpngateways,
 *   https://learn.microsoft.com/azure/expressroute/expressroute-howto-linkvnet-arm). Fix: follow the gateway's type.
 * - DEPLOY_ONPREM_CIRCUIT_MISSING (warning): an ExpressRoute site without the circuit's resource id: the
 *   connection needs `peer.id` (the circuit); the export asks for it as a parameter.
 */
import type { Design } from '../../../model/schema';
import type { Finding } from '../../types';
import { finding, withUsableFixes } from '../finding';
import { shown } from './azureFacts';
import { capPerCode } from './cap';
import { connectedSites } from './sites';

export function onPremConnection(design: Design): Finding[] {
  const out: Finding[] = [];
  for (const { site: o, gateway: g, vnet, type } of connectedSites(design)) {
    const gatewayKind = g.gatewayType === 'ExpressRoute' ? 'ExpressRoute' : 'IPsec';
    if (type !== gatewayKind) {
      const wanted = gatewayKind === 'ExpressRoute' ? 'an ExpressRoute circuit' : 'a site-to-site VPN (IPsec)';
      out.push(finding('DEPLOY_ONPREM_CONNECTION_TYPE', `On-premises network ${shown(o.name)} connects as ${type === 'IPsec' ? 'a site-to-site VPN (IPsec)' : 'an ExpressRoute circuit'} to ${g.gatewayType === 'Vpn' ? 'VPN' : 'ExpressRoute'} gateway ${shown(g.name)}, which takes only ${wanted}.`, {
        vnets: [vnet.id], details: { site: o.name, gateway: g.name, connectionType: type },
        fixes: [{ title: `Connect '${o.name}' as ${wanted}`, ops: [{ op: 'updateOnPremises', onPremisesId: o.id, patch: { connectionType: gatewayKind } }] }],
      }));
      continue;
    }
    if (type === 'ExpressRoute' && !o.expressRouteCircuitId?.trim()) {
      out.push(finding('DEPLOY_ONPREM_CIRCUIT_MISSING', `On-premises network ${shown(o.name)} connects through ExpressRoute gateway ${shown(g.name)} without the circuit's resource id: the export asks for it as a parameter.`, {
        vnets: [vnet.id], details: { site: o.name, gateway: g.name },
      }));
    }
  }
  return withUsableFixes(design, capPerCode(out));
}
