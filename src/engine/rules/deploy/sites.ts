/**
 * On-premises networks as the exporters see them: connected to a gateway of a VNet the export deploys
 * (src/export/plan.ts sitesByGateway), with the connection type they get (explicit, or the gateway's type).
 */
import type { Design, Gateway, OnPremises, VNet } from '../../../model/schema';
import { designIndex } from '../../designIndex';

export interface ConnectedSite { site: OnPremises; gateway: Gateway; vnet: VNet; type: 'IPsec' | 'ExpressRoute' }

export function connectedSites(design: Design): ConnectedSite[] {
  const gateways = new Map<string, { gateway: Gateway; vnet: VNet }>();
  for (const v of designIndex(design).vnetById.values()) {
    if (v.isPlaceholder) continue;
    for (const g of v.gateways) if (!gateways.has(g.id)) gateways.set(g.id, { gateway: g, vnet: v });
  }
  const out: ConnectedSite[] = [];
  for (const site of design.onPremises) {
    const at = site.gatewayId === undefined ? undefined : gateways.get(site.gatewayId);
    if (!at) continue;
    out.push({ site, ...at, type: site.connectionType ?? (at.gateway.gatewayType === 'ExpressRoute' ? 'ExpressRoute' : 'IPsec') });
  }
  return out;
}
