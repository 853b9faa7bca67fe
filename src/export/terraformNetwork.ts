/**
 * Terraform resources of the network stage: per VNet the network, its subnets (never inline) with their
 * route table and NSG associations, then gateways (with the on-premises sites connected to them),
 * firewalls, Route Servers and Bastions with their public IPs.
 */
import { hclString } from './escape';
import { commentLines, hclList, hclMap, nestedBlock } from './hclText';
import { snakeWords } from './hclIds';
import type { PlannedGroup, PlannedVNet } from './plan';
import { onPremisesSite } from './terraformSites';
import { bool, comment, type Ctx } from './terraformContext';

/** Zone-redundant: every zone of the region (an AZ gateway's public IPs). */
const ALL_ZONES = '["1", "2", "3"]';

/** `ip_configuration`-style nested block of a gateway, firewall or bastion. */
function ipBlock(kind: string, name: string, subnetId: string, pipRef: string, dynamic = false): string {
  return nestedBlock(kind, ['name', hclString(name), 'subnet_id', subnetId, 'public_ip_address_id', `${pipRef}.id`, 'private_ip_address_allocation', dynamic ? '"Dynamic"' : undefined]);
}

/** The VNets of a group, each with its subnets and appliances. */
export function networks(c: Ctx, g: PlannedGroup): void {
  for (const v of g.vnets) network(c, g, v);
}

function network(c: Ctx, g: PlannedGroup, v: PlannedVNet): void {
  const rg = c.rgNames.get(g.key) ?? '.name';
  const location = c.loc(v.location.param);
  const name = v.ref.name;
  // identifiers of subnets and associations are built from the words of the VNet's and subnet's names
  const vnetWords = snakeWords(name);
  const nvas = commentLines(v.nvas.map((n) => `NVA ${n.name} is not created: its IP ${n.privateIpAddress} is expected in subnet ${n.subnetName}`));
  const vnet = c.addWithId('azurerm_virtual_network', c.idOfWords(vnetWords, ''), g, comment(`Virtual network ${name} (subnets as azurerm_subnet resources, never inline)`) + nvas, [
    'name', hclString(name), 'resource_group_name', rg, 'location', location, 'address_space', hclList(v.addressPrefixes),
    'dns_servers', v.dnsServers.length ? hclList(v.dnsServers) : undefined,
    'tags', v.tags.length ? hclMap(v.tags.map(([k, x]) => [k, hclString(x)])) : undefined,
  ]);
  const refs = c.vnetRefs(g.key, name);
  refs.vnet = vnet;
  const nsgs = c.nsgsIn(g.key);
  // subnet ids by lower-case name, for the appliances
  const subnetIds = new Map<string, string>();
  for (const s of v.subnets) {
    const subnetWords = snakeWords(s.name);
    const subnet = c.addWithId('azurerm_subnet', c.idOfWords(vnetWords, subnetWords), g, comment(`Subnet ${s.name} of ${name}`), [
      'name', hclString(s.name), 'resource_group_name', rg, 'virtual_network_name', `${vnet}.name`, 'address_prefixes', hclList(s.addressPrefixes),
    ]);
    subnetIds.set(s.name.toLowerCase(), `${subnet}.id`);
    if (s.routeTable) {
      c.addWithId('azurerm_subnet_route_table_association', c.idOfWords(vnetWords, subnetWords, 'rt'), g, comment(`Route table ${s.routeTable.name} on ${s.name}`), [
        'subnet_id', `${subnet}.id`, 'route_table_id', `${c.routeTables.get(s.routeTable.id) ?? ''}.id`,
      ]);
    }
    if (s.nsg !== undefined) {
      c.addWithId('azurerm_subnet_network_security_group_association', c.idOfWords(vnetWords, subnetWords, 'nsg'), g, comment(`NSG ${s.nsg} on ${s.name}`), [
        'subnet_id', `${subnet}.id`, 'network_security_group_id', `${nsgs.get(s.nsg.toLowerCase()) ?? ''}.id`,
      ]);
    }
  }
  appliances(c, g, v, { rg, location, vnet, refs, subnetIds });
}

interface VNetDone {
  rg: string;
  location: string;
  vnet: string;
  refs: { gateway: string; routeServer: string };
  subnetIds: Map<string, string>;
}

/** Gateways, firewalls, Route Servers and Bastions of a VNet, each after its public IP(s). */
function appliances(c: Ctx, g: PlannedGroup, v: PlannedVNet, { rg, location, vnet, refs, subnetIds }: VNetDone): void {
  const subnetId = (name: string): string => subnetIds.get(name.toLowerCase()) ?? `"\${${vnet}.id}/subnets/${name}"`;
  const pip = (name: string, what: string, zoneRedundant = false): string => c.add('azurerm_public_ip', name, g, comment(`Public IP of ${what}`), [
    'name', hclString(name), 'resource_group_name', rg, 'location', location, 'sku', '"Standard"', 'allocation_method', '"Static"',
    'zones', zoneRedundant ? ALL_ZONES : undefined,
  ]);
  const gatewayRefs = new Map<string, string>();
  for (const gw of v.gateways) {
    // An AZ SKU's public IPs must be zone-redundant, else Azure refuses the gateway
    // (VmssVpnGatewayPublicIpsMustHaveZonesConfigured; plan.ts isZoneRedundantSku cites the documentation).
    const pips = gw.publicIps.map((p) => pip(p, `gateway ${gw.name}`, gw.zoneRedundant));
    const nested = pips.map((p, i) => ipBlock('ip_configuration', `ipconfig${i + 1}`, subnetId('GatewaySubnet'), p, true)).join('') + (gw.asn !== undefined ? nestedBlock('bgp_settings', ['asn', String(gw.asn)]) : '');
    refs.gateway = c.add('azurerm_virtual_network_gateway', gw.name, g, comment(`${gw.gatewayType} gateway ${gw.name} (takes 30-45 minutes)`), [
      'name', hclString(gw.name), 'resource_group_name', rg, 'location', location,
      'type', hclString(gw.gatewayType),
      'vpn_type', gw.gatewayType === 'Vpn' ? '"RouteBased"' : undefined,
      'sku', hclString(gw.sku),
      'active_active', bool(gw.activeActive),
      // `enable_bgp` in azurerm 4.x; `bgp_enabled` only from 4.62.0, and 5.0 drops `enable_bgp` (terraform.ts providerVersion)
      'enable_bgp', bool(gw.asn !== undefined),
    ], nested);
    gatewayRefs.set(gw.name, refs.gateway);
  }
  for (const site of v.sites) {
    const gw = v.gateways.find((x) => x.name === site.gatewayName);
    const gatewayRef = gatewayRefs.get(site.gatewayName);
    if (gw && gatewayRef) onPremisesSite(c, g, { rg, location }, site, gw, gatewayRef);
  }
  for (const fw of v.firewalls) {
    const p = pip(fw.publicIp, `Azure Firewall ${fw.name}`);
    const m = fw.managementPublicIp === undefined ? undefined : pip(fw.managementPublicIp, `Azure Firewall ${fw.name} management (Basic tier)`);
    const pol = c.add('azurerm_firewall_policy', fw.policy, g, comment(`Firewall policy of ${fw.name} (add rule collection groups here)`), [
      'name', hclString(fw.policy), 'resource_group_name', rg, 'location', location, 'sku', hclString(fw.tier),
    ]);
    const nested = ipBlock('ip_configuration', 'ipconfig1', subnetId('AzureFirewallSubnet'), p) + (m ? ipBlock('management_ip_configuration', 'management', subnetId('AzureFirewallManagementSubnet'), m) : '');
    c.add('azurerm_firewall', fw.name, g, comment(`Azure Firewall ${fw.name}; the design expects its private IP ${fw.privateIpAddress}`), [
      'name', hclString(fw.name), 'resource_group_name', rg, 'location', location,
      'sku_name', '"AZFW_VNet"', 'sku_tier', hclString(fw.tier), 'firewall_policy_id', `${pol}.id`,
    ], nested);
  }
  for (const rs of v.routeServers) {
    const p = pip(rs.publicIp, `Route Server ${rs.name}`);
    refs.routeServer = c.add('azurerm_route_server', rs.name, g, comment(`Route Server ${rs.name}`), [
      'name', hclString(rs.name), 'resource_group_name', rg, 'location', location,
      'sku', '"Standard"', 'public_ip_address_id', `${p}.id`, 'subnet_id', subnetId('RouteServerSubnet'), 'branch_to_branch_traffic_enabled', 'false',
    ]);
  }
  for (const b of v.bastions) {
    const p = pip(b.publicIp, `Bastion ${b.name}`);
    c.add('azurerm_bastion_host', b.name, g, comment(`Azure Bastion ${b.name}`), [
      'name', hclString(b.name), 'resource_group_name', rg, 'location', location, 'sku', hclString(b.sku),
    ], ipBlock('ip_configuration', 'ipconfig1', subnetId('AzureBastionSubnet'), p));
  }
}
