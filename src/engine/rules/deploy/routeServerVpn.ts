/**
 * DEPLOY_ROUTE_SERVER_VPN: a VNet holds a Route Server and a VPN gateway that is not active-active, or whose
 * ASN is not 65515. Route Server FAQ, "What are the requirements for an Azure VPN gateway to work with Azure
 * Route Server?": "Azure VPN gateway must be configured in active-active mode and have the ASN set to 65515"
 * (https://learn.microsoft.com/azure/route-server/route-server-faq). Fix: make the gateway active-active with
 * Azure's default ASN; not offered for a Basic gateway (no active-active: DEPLOY_GATEWAY_SKU) nor when the
 * second public IP's name (`pip-<gateway>-2`) would be invalid.
 */
import type { Design } from '../../../model/schema';
import { designIndex } from '../../designIndex';
import type { Finding, Fix } from '../../types';
import { finding, withUsableFixes } from '../finding';
import { CHILD_NAME, nameProblem } from '../names';
import { AZURE_GATEWAY_ASN, canonicalGatewaySku, derivedNames, shown } from './azureFacts';
import { capPerCode } from './cap';
import { updateGatewayOp } from './gatewayOps';

export function routeServerVpn(design: Design): Finding[] {
  const ix = designIndex(design);
  const out: Finding[] = [];
  for (const v of ix.vnetById.values()) {
    if (v.isPlaceholder || v.routeServers.length === 0) continue;
    for (const g of v.gateways) {
      if (g.gatewayType !== 'Vpn') continue;
      const wrongAsn = g.asn !== undefined && g.asn !== AZURE_GATEWAY_ASN;
      if (g.activeActive && !wrongAsn) continue;
      const problems: string[] = [];
      if (!g.activeActive) problems.push('is not active-active');
      if (wrongAsn) problems.push(`has the ASN ${g.asn} instead of ${AZURE_GATEWAY_ASN}`);
      const canFix = canonicalGatewaySku('Vpn', g.sku) !== 'Basic' && derivedNames.gatewayPublicIps(g.name, true).every((n) => !nameProblem(n, CHILD_NAME));
      const fix: Fix = { title: `Make gateway '${g.name}' active-active with ASN ${AZURE_GATEWAY_ASN}`, ops: [updateGatewayOp(v, g.id, wrongAsn ? { activeActive: true, asn: undefined } : { activeActive: true })] };
      out.push(finding('DEPLOY_ROUTE_SERVER_VPN', `VNet ${shown(v.name)} has Route Server ${shown(v.routeServers[0]!.name)} and VPN gateway ${shown(g.name)}, which ${problems.join(' and ')}: Route Server requires an active-active VPN gateway with ASN ${AZURE_GATEWAY_ASN}.`, {
        vnets: [v.id], details: { vnet: v.name, gateway: g.name, activeActive: g.activeActive }, fixes: canFix ? [fix] : [],
      }));
    }
  }
  return withUsableFixes(design, capPerCode(out));
}
