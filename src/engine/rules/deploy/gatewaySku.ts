/**
 * DEPLOY_GATEWAY_SKU: a gateway SKU Azure refuses for the gateway, or a feature its SKU does not have.
 * - The SKU must be one of the gateway type's SKUs (VPN: Basic, VpnGw1-5, VpnGw1AZ-5AZ, legacy Standard and
 *   HighPerformance; ExpressRoute: Standard, HighPerformance, UltraPerformance, ErGw1AZ-3AZ, ErGwScale):
 *   https://learn.microsoft.com/azure/vpn-gateway/about-gateway-skus and
 *   https://learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways#gwsku
 * - The Basic VPN SKU has no BGP ("BGP is supported on all Azure VPN Gateway SKUs except the Basic SKU", VPN
 *   Gateway FAQ https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-vpn-faq#bgp) and no active-active mode
 *   (https://learn.microsoft.com/azure/vpn-gateway/about-active-active-gateways; "active-active mode is available
 *   for all SKUs except Basic", vpn-gateway-activeactive-rm-powershell). BGP is asked for by the gateway's ASN or
 *   by a connected on-premises site with BGP settings.
 * Fix: the templates' SKU for the type and region (VpnGw1AZ / ErGw1AZ, or VpnGw1 / Standard without zones).
 */
import type { Design, Gateway, VNet } from '../../../model/schema';
import { designIndex } from '../../designIndex';
import type { Finding, Fix } from '../../types';
import { finding, withUsableFixes } from '../finding';
import { canonicalGatewaySku, GATEWAY_SKUS, shown } from './azureFacts';
import { capPerCode } from './cap';
import { defaultGatewaySku, updateGatewayOp } from './gatewayOps';

function skuFix(v: VNet, g: Gateway): Fix {
  const sku = defaultGatewaySku(g.gatewayType, v.location);
  return { title: `Use the ${sku} SKU for gateway '${g.name}'`, ops: [updateGatewayOp(v, g.id, { sku })] };
}

export function gatewaySku(design: Design): Finding[] {
  const ix = designIndex(design);
  const bgpSites = new Map<string, string[]>();
  for (const o of design.onPremises) {
    if (o.bgp === undefined || o.gatewayId === undefined) continue;
    const list = bgpSites.get(o.gatewayId);
    if (list) list.push(o.name);
    else bgpSites.set(o.gatewayId, [o.name]);
  }
  const out: Finding[] = [];
  for (const v of ix.vnetById.values()) {
    if (v.isPlaceholder) continue;
    for (const g of v.gateways) {
      const name = `${g.gatewayType === 'Vpn' ? 'VPN' : 'ExpressRoute'} gateway ${shown(g.name)} in VNet ${shown(v.name)}`;
      const sku = canonicalGatewaySku(g.gatewayType, g.sku);
      const report = (problem: string) =>
        out.push(finding('DEPLOY_GATEWAY_SKU', `The ${name} ${problem}.`, {
          vnets: [v.id], details: { vnet: v.name, gateway: g.name, sku: g.sku.slice(0, 100) }, fixes: [skuFix(v, g)],
        }));
      if (sku === undefined) {
        report(`has the SKU ${shown(g.sku, 40)}, which is not a ${g.gatewayType === 'Vpn' ? 'VPN' : 'ExpressRoute'} gateway SKU (${GATEWAY_SKUS[g.gatewayType].join(', ')})`);
        continue;
      }
      if (g.gatewayType !== 'Vpn' || sku !== 'Basic') continue;
      const wants: string[] = [];
      if (g.activeActive) wants.push('active-active mode');
      if (g.asn !== undefined) wants.push(`BGP (ASN ${g.asn})`);
      const sites = bgpSites.get(g.id);
      if (sites) wants.push(`BGP with ${sites.length === 1 ? 'on-premises network' : 'on-premises networks'} ${sites.slice(0, 5).map((s) => shown(s)).join(', ')}${sites.length > 5 ? ', ...' : ''}`);
      if (wants.length > 0) report(`uses the Basic SKU, which does not support ${wants.join(' or ')}`);
    }
  }
  return withUsableFixes(design, capPerCode(out));
}
