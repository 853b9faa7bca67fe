/**
 * Terraform resources and variables of on-premises networks (plan.ts `PlannedSite`), written after the
 * gateway they connect to. A VPN site is a local network gateway (the device's IP address or FQDN, its
 * ranges, its BGP speaker) and an IPsec connection whose shared key is a sensitive variable; an
 * ExpressRoute site is a connection to the circuit whose id is a variable.
 *
 * Sources: azurerm 4.x `website/docs/r/local_network_gateway.html.markdown` ("Either `gateway_address` or
 * `gateway_fqdn` should be specified"; `bgp_settings` needs `asn` and `bgp_peering_address`) and
 * `website/docs/r/virtual_network_gateway_connection.html.markdown` (`type` IPsec or ExpressRoute;
 * `shared_key`; `express_route_circuit_id`, "in the same or in a different subscription", with
 * `authorization_key` for a circuit another subscription owns; `enable_bgp`), in
 * hashicorp/terraform-provider-azurerm; Microsoft's tutorial
 * https://learn.microsoft.com/azure/vpn-gateway/tutorial-site-to-site-portal (local network gateway,
 * then the connection with a shared key) and
 * https://learn.microsoft.com/azure/expressroute/expressroute-howto-linkvnet-portal-resource-manager.
 */
import { hclString } from './escape';
import { hclList, nestedBlock } from './hclText';
import { expr, type HBlock } from './hclWriter';
import type { DeployPlan, PlannedGateway, PlannedGroup, PlannedSite } from './plan';
import { bool, comment, varName, type Ctx } from './terraformContext';

const variable = (name: string): string => `var.${varName(name)}`;

/** The local network gateway (VPN) and the connection of a site to its gateway (`gatewayRef`). */
export function onPremisesSite(c: Ctx, g: PlannedGroup, at: { rg: string; location: string }, site: PlannedSite, gw: PlannedGateway, gatewayRef: string): void {
  const head = ['name', hclString(site.connectionName), 'resource_group_name', at.rg, 'location', at.location];
  if (site.type === 'ExpressRoute') {
    c.add('azurerm_virtual_network_gateway_connection', site.connectionName, g,
      comment(`ExpressRoute connection of ${gw.name} to the circuit of ${site.name} (a circuit another subscription owns also needs its authorization_key)`), [
        ...head,
        'type', '"ExpressRoute"',
        'virtual_network_gateway_id', `${gatewayRef}.id`,
        'express_route_circuit_id', variable(site.param),
      ]);
    return;
  }
  const lgw = c.add('azurerm_local_network_gateway', site.localGatewayName, g, comment(`Local network gateway of on-premises network ${site.name} (its VPN device and ranges)`), [
    'name', hclString(site.localGatewayName), 'resource_group_name', at.rg, 'location', at.location,
    'gateway_address', site.gatewayIpAddress !== undefined ? hclString(site.gatewayIpAddress) : site.ipParam !== undefined ? variable(site.ipParam) : undefined,
    'gateway_fqdn', site.fqdn !== undefined ? hclString(site.fqdn) : undefined,
    'address_space', site.addressRanges.length > 0 ? hclList(site.addressRanges) : undefined,
  ], site.bgp ? nestedBlock('bgp_settings', ['asn', String(site.bgp.asn), 'bgp_peering_address', hclString(site.bgp.peeringAddress)]) : '');
  // BGP runs on the connection only when both ends speak it: a gateway without an ASN has BGP off.
  const bgp = site.bgp !== undefined && gw.asn !== undefined;
  const notes = [`Site-to-site (IPsec) connection of ${gw.name} to ${site.name}`];
  if (site.bgp !== undefined && !bgp) notes.push(`BGP is off on this connection: gateway ${gw.name} has no ASN (BGP disabled)`);
  c.add('azurerm_virtual_network_gateway_connection', site.connectionName, g, notes.map(comment).join(''), [
    ...head,
    'type', '"IPsec"',
    'virtual_network_gateway_id', `${gatewayRef}.id`,
    'local_network_gateway_id', `${lgw}.id`,
    'shared_key', variable(site.param),
    'enable_bgp', bool(bgp),
  ]);
}

/**
 * The variables of every site: the shared key (sensitive, required), the device's public IP when the
 * design has neither IP nor FQDN (required), the circuit id (defaulting to the design's, else required).
 */
export function siteVariables(plan: DeployPlan): HBlock[] {
  const out: HBlock[] = [];
  for (const g of plan.groups) {
    for (const v of g.vnets) {
      for (const site of v.sites) {
        if (site.type === 'ExpressRoute') {
          out.push({ header: ['variable', varName(site.param)], attrs: [['description', `Resource id of the ExpressRoute circuit of ${site.name}`], ['type', expr('string')], ['default', site.circuitId]] });
          continue;
        }
        out.push({ header: ['variable', varName(site.param)], attrs: [['description', `Shared key (PSK) of the connection to ${site.name}`], ['type', expr('string')], ['sensitive', true]] });
        if (site.ipParam !== undefined) {
          out.push({ header: ['variable', varName(site.ipParam)], attrs: [['description', `Public IP address of the VPN device of ${site.name}`], ['type', expr('string')]] });
        }
      }
    }
  }
  return out;
}
