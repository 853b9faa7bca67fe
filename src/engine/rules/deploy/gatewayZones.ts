/**
 * DEPLOY_GATEWAY_ZONES: a gateway with an AZ SKU (VpnGw1AZ-5AZ, ErGw1AZ-3AZ) in a region that has no availability
 * zones. AZ SKUs are zone-redundant or zonal gateways and need a region with zones
 * (https://learn.microsoft.com/azure/vpn-gateway/about-zone-redundant-vnet-gateways,
 * https://learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways#zrgw); which regions
 * have zones: https://learn.microsoft.com/azure/reliability/regions-list (list in azureFacts.ts; only regions it
 * lists without zones are reported). Fix: the same capacity without zones (VpnGwN, Standard / HighPerformance /
 * UltraPerformance).
 */
import type { Design } from '../../../model/schema';
import { designIndex } from '../../designIndex';
import type { Finding } from '../../types';
import { finding, withUsableFixes } from '../finding';
import { canonicalGatewaySku, nonAzSku, shown } from './azureFacts';
import { capPerCode } from './cap';
import { hasNoZones, isAzSku, updateGatewayOp } from './gatewayOps';

export function gatewayZones(design: Design): Finding[] {
  const ix = designIndex(design);
  const out: Finding[] = [];
  for (const v of ix.vnetById.values()) {
    if (v.isPlaceholder || !hasNoZones(v.location)) continue;
    for (const g of v.gateways) {
      // an AZ SKU of the other gateway type is DEPLOY_GATEWAY_SKU's finding
      if (!isAzSku(g.sku) || canonicalGatewaySku(g.gatewayType, g.sku) === undefined) continue;
      const sku = nonAzSku(g.sku);
      out.push(finding('DEPLOY_GATEWAY_ZONES', `Gateway ${shown(g.name)} in VNet ${shown(v.name)} has the zone-redundant SKU ${g.sku}, but ${shown(v.location)} has no availability zones: Azure refuses the gateway.`, {
        vnets: [v.id],
        details: { vnet: v.name, gateway: g.name, sku: g.sku, location: v.location },
        fixes: sku ? [{ title: `Use the ${sku} SKU (no zones) for gateway '${g.name}'`, ops: [updateGatewayOp(v, g.id, { sku })] }] : [],
      }));
    }
  }
  return withUsableFixes(design, capPerCode(out));
}
