/**
 * DEPLOY_GATEWAY_SUBNET_SIZE: a VNet with both a VPN gateway and an ExpressRoute gateway whose GatewaySubnet is
 * smaller than /27. For coexisting gateways "the gateway subnet must be /27 or a shorter prefix (such as /26 or
 * /25)": https://learn.microsoft.com/azure/expressroute/expressroute-howto-coexist-resource-manager
 * (SPECIAL_SUBNET_SIZE_SMALL only warns about /28 and /29 in general: with both gateways it is an error.)
 */
import type { Design } from '../../../model/schema';
import { designIndex } from '../../designIndex';
import type { Finding } from '../../types';
import { finding } from '../finding';
import { shown } from './azureFacts';
import { capPerCode } from './cap';

export function gatewaySubnetSize(design: Design): Finding[] {
  const ix = designIndex(design);
  const out: Finding[] = [];
  for (const v of ix.vnetById.values()) {
    if (v.isPlaceholder) continue;
    if (!v.gateways.some((g) => g.gatewayType === 'Vpn') || !v.gateways.some((g) => g.gatewayType === 'ExpressRoute')) continue;
    const subnet = v.subnets.find((s) => s.name === 'GatewaySubnet');
    if (!subnet) continue; // GW_SUBNET_MISSING
    const small = ix.subnetPrefixes(subnet).filter((p) => p.range.family === 4 && p.range.prefixLength > 27 && p.range.prefixLength <= 29);
    if (small.length === 0) continue;
    out.push(finding('DEPLOY_GATEWAY_SUBNET_SIZE', `VNet ${shown(v.name)} has a VPN gateway and an ExpressRoute gateway, but its GatewaySubnet ${small.map((p) => p.text).join(', ')} is smaller than the /27 Azure requires for coexisting gateways.`, {
      vnets: [v.id], details: { vnet: v.name, prefix: small[0]!.text },
    }));
  }
  return capPerCode(out);
}
