/**
 * Terraform resources of the network stage: per VNet the network, its subnets (never inline) with their
 * route table and NSG associations, then gateways, firewalls, Route Servers and Bastions with their
 * public IPs. The resources repeated per spoke (network, subnet, associations) are written from fixed
 * layouts (`aligned`); the few per hub go through the generic pair list.
 */
import { commentText, hclString } from './escape';
import { aligned, commentLines, hclList, hclMap, loneAttrPrefix, nestedBlock } from './hclText';
import type { PlannedGroup, PlannedVNet } from './plan';
import { onPremisesSite } from './terraformSites';
import { flat } from './text';
import { bool, comment, nameText, type Ctx, type NameText } from './terraformContext';

const VNET = aligned('  ', ['provider', 'name', 'resource_group_name', 'location', 'address_space'], ['dns_servers']);
/** (an object over lines: aligned with nothing, hclText `attrLines`) */
const TAGS = loneAttrPrefix('  ', 'tags');
const SUBNET = aligned('  ', ['provider', 'name', 'resource_group_name', 'virtual_network_name', 'address_prefixes']);
const RT_LINK = aligned('  ', ['provider', 'subnet_id', 'route_table_id']);
const NSG_LINK = aligned('  ', ['provider', 'subnet_id', 'network_security_group_id']);

/** Zone-redundant: every zone of the region (an AZ gateway's public IPs). */
const ALL_ZONES = '["1", "2", "3"]';

/** (no map per VNet without appliances: only appliances look subnets up) */
const NO_SUBNETS = new Map<string, string>();

/** `ip_configuration`-style nested block of a gateway, firewall or bastion. */
function ipBlock(kind: string, name: string, subnetId: string, pipRef: string, dynamic = false): string {
  return nestedBlock(kind, ['name', hclString(name), 'subnet_id', subnetId, 'public_ip_address_id', `${pipRef}.id`, 'private_ip_address_allocation', dynamic ? '"Dynamic"' : undefined]);
}

/** The text every network resource of a group repeats (its provider and resource group). */
interface GroupText {
  g: PlannedGroup;
  rg: string;
  /** NSG references of the group by lower-case name */
  nsgs: Map<string, string>;
  /** `" {` and the attributes up to the name, by resource */
  vnetHead: string;
  subnetHead: string;
  nsgLinkHead: string;
  /** the resource group line and the start of the next */
  vnetRg: string;
  subnetRg: string;
  /** the route table association up to the subnet's identifier, and from there to the route table's */
  rtLinkSubnet: string;
  /** the resource group and location lines and the start of the next, for the location of `loc` */
  loc: string;
  locLines: string;
  /** the text of the last subnet name printed (spokes' subnets often share names) */
  sub: SubnetText | undefined;
}

/** What a group's subnets of one name print around their VNet's text. */
interface SubnetText {
  name: NameText;
  /** `# Subnet <name> of ` */
  comment: string;
  /** from the end of the identifier through the start of the virtual network line */
  body: string;
  /** ` on <subnet>` and the resource header up to the identifier of the route table association */
  rtLink: string;
}

/** The end of a VNet's comment line, and the start of its resource (NVA comment lines go between). */
const VNET_COMMENT_TAIL = ' (subnets as azurerm_subnet resources, never inline)\n';
const VNET_RESOURCE = 'resource "azurerm_virtual_network" "';
const VNET_COMMENT_END = flat(VNET_COMMENT_TAIL + VNET_RESOURCE);
const TO_ROUTE_TABLE = flat('.id' + RT_LINK.route_table_id + 'azurerm_route_table.');
const NO_ROUTE_TABLE = flat('.id' + RT_LINK.route_table_id + '.id\n}');

/** The VNets of a group, each with its subnets and appliances. */
export function networks(c: Ctx, g: PlannedGroup): void {
  const prov = c.provider(g);
  const rg = c.rgNames.get(g.key) ?? '.name';
  const t: GroupText = {
    g,
    rg,
    nsgs: c.nsgsIn(g.key),
    vnetHead: flat('" {' + VNET.provider + prov + VNET.name),
    subnetHead: flat('" {' + SUBNET.provider + prov + SUBNET.name),
    nsgLinkHead: flat('" {' + NSG_LINK.provider + prov + NSG_LINK.subnet_id),
    vnetRg: flat(VNET.resource_group_name + rg + VNET.location),
    subnetRg: flat(SUBNET.resource_group_name + rg + SUBNET.virtual_network_name),
    rtLinkSubnet: flat('" {' + RT_LINK.provider + prov + RT_LINK.subnet_id + 'azurerm_subnet.'),
    loc: '',
    locLines: '',
    sub: undefined,
  };
  for (const v of g.vnets) network(c, t, v);
}

function network(c: Ctx, t: GroupText, v: PlannedVNet): void {
  const g = t.g;
  const location = c.loc(v.location.param);
  const vn = nameText(v.ref.name);
  const vid = c.idOfWords(vn.words, '');
  const vnet = `azurerm_virtual_network.${vid}`;
  const refs = c.vnetRefs(g.key, v.ref.name);
  refs.vnet = vnet;
  const nvas = v.nvas.length === 0 ? '' : commentLines(v.nvas.map((n) => `NVA ${n.name} is not created: its IP ${n.privateIpAddress} is expected in subnet ${n.subnetName}`));
  if (location !== t.loc) t.locLines = flat(t.vnetRg + (t.loc = location) + VNET.address_space);
  c.push(
    '\n\n# Virtual network ' + vn.comment + (nvas === '' ? VNET_COMMENT_END : VNET_COMMENT_TAIL + nvas + VNET_RESOURCE) +
      vid + t.vnetHead + vn.quoted + t.locLines + hclList(v.addressPrefixes) +
      (v.dnsServers.length ? VNET.dns_servers + hclList(v.dnsServers) : '') +
      (v.tags.length ? TAGS + hclMap(v.tags.map(([k, x]) => [k, hclString(x)])) : '') +
      '\n}',
  );
  const vnetName = vnet + '.name';
  // Subnet ids by lower-case name, for the appliances below (a VNet without appliances needs none).
  const hasAppliances = v.gateways.length + v.firewalls.length + v.routeServers.length + v.bastions.length > 0;
  const subnetIds = hasAppliances ? new Map<string, string>() : NO_SUBNETS;
  for (const s of v.subnets) {
    const sn = c.text(s.name);
    const st = t.sub?.name === sn ? t.sub : (t.sub = subnetText(t, sn));
    const sid = c.idOfWords(vn.words, sn.words);
    c.push(
      st.comment + vn.comment + '\nresource "azurerm_subnet" "' + sid + st.body + vnetName + SUBNET.address_prefixes + hclList(s.addressPrefixes) + '\n}',
    );
    const subnetId = hasAppliances || s.nsg !== undefined ? `azurerm_subnet.${sid}.id` : '';
    if (hasAppliances) subnetIds.set(s.name.toLowerCase(), subnetId);
    if (s.routeTable) {
      const id = c.idOfWords(vn.words, sn.words, 'rt');
      c.push(
        '\n\n# Route table ' + commentText(s.routeTable.name) + st.rtLink + id + t.rtLinkSubnet + sid + routeTableRef(c, s.routeTable.id),
      );
    }
    if (s.nsg !== undefined) {
      const id = c.idOfWords(vn.words, sn.words, 'nsg');
      c.push(
        '\n\n# NSG ' + commentText(s.nsg) + ' on ' + sn.comment + '\nresource "azurerm_subnet_network_security_group_association" "' + id + t.nsgLinkHead + subnetId + NSG_LINK.network_security_group_id + (t.nsgs.get(s.nsg.toLowerCase()) ?? '') + '.id' +
          '\n}',
      );
    }
  }
  if (hasAppliances) appliances(c, g, v, { rg: t.rg, location, vnet, refs, subnetIds });
}

/** An association's text after its subnet's identifier: through the route table reference to the end. */
function routeTableRef(c: Ctx, id: string): string {
  const rt = c.routeTables.get(id);
  return rt === undefined ? NO_ROUTE_TABLE : TO_ROUTE_TABLE + rt + '.id\n}';
}

function subnetText(t: GroupText, sn: NameText): SubnetText {
  return {
    name: sn,
    comment: flat('\n\n# Subnet ' + sn.comment + ' of '),
    body: flat(t.subnetHead + sn.quoted + t.subnetRg),
    rtLink: flat(' on ' + sn.comment + '\nresource "azurerm_subnet_route_table_association" "'),
  };
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
