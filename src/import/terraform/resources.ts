/** One azurerm resource of `terraform show -json` as a REST-shaped item (see show.ts). */
import { isObject, type JsonObject } from '../azure/access';
import { buildResourceId } from '../azure/resourceId';

export interface TfResource {
  address: string;
  mode: string;
  type: string;
  values: JsonObject;
}

export type Made =
  | { kind: 'item'; obj: JsonObject }
  | { kind: 'route'; tableId: string; route: JsonObject }
  | { kind: 'association'; subnetId: string; tableId: string }
  | { kind: 'ignore' }
  | { kind: 'skip'; why: string };

const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const texts = (v: unknown): string[] => list(v).filter((x): x is string => typeof x === 'string');
const ref = (id: unknown): { id: string } | undefined => (text(id) ? { id: text(id) as string } : undefined);
const first = (v: unknown): JsonObject => {
  const f = list(v)[0];
  return isObject(f) ? f : {};
};

const TYPES: Record<string, string> = {
  azurerm_virtual_network: 'Microsoft.Network/virtualNetworks',
  azurerm_subnet: 'Microsoft.Network/virtualNetworks/subnets',
  azurerm_virtual_network_peering: 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings',
  azurerm_route_table: 'Microsoft.Network/routeTables',
  azurerm_route: 'Microsoft.Network/routeTables/routes',
  azurerm_virtual_network_gateway: 'Microsoft.Network/virtualNetworkGateways',
  azurerm_firewall: 'Microsoft.Network/azureFirewalls',
  azurerm_bastion_host: 'Microsoft.Network/bastionHosts',
  azurerm_route_server: 'Microsoft.Network/virtualHubs',
  azurerm_local_network_gateway: 'Microsoft.Network/localNetworkGateways',
  azurerm_virtual_network_gateway_connection: 'Microsoft.Network/connections',
  azurerm_network_interface: 'Microsoft.Network/networkInterfaces',
};

/** The resource's id: its own (a state), else built from its names (a plan before apply). */
function idOf(r: TfResource, subscriptionId: string, names: (string | undefined)[]): string | undefined {
  const own = text(r.values['id']);
  if (own) return own;
  const rg = text(r.values['resource_group_name']);
  const type = TYPES[r.type];
  if (!rg || !type || names.some((n) => n === undefined)) return undefined;
  return buildResourceId(subscriptionId, rg, type, names as string[]);
}

function ipConfigs(v: unknown, withAddress = false): JsonObject[] {
  return list(v).filter(isObject).map((c) => ({
    name: c['name'],
    properties: { subnet: ref(c['subnet_id']), ...(withAddress && text(c['private_ip_address']) ? { privateIPAddress: c['private_ip_address'] } : {}) },
  }));
}

export function toItem(r: TfResource, subscriptionId: string): Made {
  const v = r.values;
  const name = text(v['name']);
  const type = TYPES[r.type];
  if (r.type === 'azurerm_resource_group') return { kind: 'ignore' };
  if (r.type === 'azurerm_subnet_route_table_association') {
    const subnetId = text(v['subnet_id']);
    const tableId = text(v['route_table_id']);
    return subnetId && tableId ? { kind: 'association', subnetId, tableId } : { kind: 'skip', why: 'its subnet or route table id is known only after apply' };
  }
  if (!type) return { kind: 'skip', why: 'this resource type is not part of a peering design' };
  const names =
    r.type === 'azurerm_subnet' || r.type === 'azurerm_virtual_network_peering' ? [text(v['virtual_network_name']), name]
    : r.type === 'azurerm_route' ? [text(v['route_table_name']), name]
    : [name];
  const id = idOf(r, subscriptionId, names);
  if (!id || !name) return { kind: 'skip', why: 'its name, resource group or parent is known only after apply' };
  const base: JsonObject = { id, name, type };
  if (text(v['location'])) base['location'] = v['location'];
  if (isObject(v['tags'])) base['tags'] = v['tags'];
  switch (r.type) {
    case 'azurerm_virtual_network':
      base['properties'] = {
        addressSpace: { addressPrefixes: texts(v['address_space']) },
        dhcpOptions: { dnsServers: texts(v['dns_servers']) },
        subnets: list(v['subnet']).filter(isObject).map((s) => ({
          name: s['name'],
          properties: { addressPrefixes: texts(s['address_prefixes']), routeTable: ref(s['route_table_id']), networkSecurityGroup: ref(s['security_group']) },
        })),
      };
      break;
    case 'azurerm_subnet':
      base['properties'] = { addressPrefixes: texts(v['address_prefixes']) };
      break;
    case 'azurerm_virtual_network_peering':
      base['properties'] = {
        remoteVirtualNetwork: ref(v['remote_virtual_network_id']),
        allowVirtualNetworkAccess: v['allow_virtual_network_access'],
        allowForwardedTraffic: v['allow_forwarded_traffic'],
        allowGatewayTransit: v['allow_gateway_transit'],
        useRemoteGateways: v['use_remote_gateways'],
      };
      break;
    case 'azurerm_route_table': {
      // azurerm 4.x: bgp_route_propagation_enabled; 3.x: disable_bgp_route_propagation
      const enabled = v['bgp_route_propagation_enabled'];
      const disabled = typeof enabled === 'boolean' ? !enabled : v['disable_bgp_route_propagation'] === true;
      base['properties'] = { disableBgpRoutePropagation: disabled, routes: list(v['route']).filter(isObject).map(routeOf) };
      break;
    }
    case 'azurerm_route':
      return { kind: 'route', tableId: id.replace(/\/routes\/[^/]+$/i, ''), route: routeOf(v) };
    case 'azurerm_virtual_network_gateway': {
      const bgp = first(v['bgp_settings']);
      base['properties'] = {
        gatewayType: v['type'],
        sku: { name: v['sku'] },
        activeActive: v['active_active'],
        enableBgp: v['enable_bgp'] ?? v['bgp_enabled'],
        bgpSettings: { asn: bgp['asn'] },
        ipConfigurations: ipConfigs(v['ip_configuration']),
      };
      break;
    }
    case 'azurerm_firewall':
      base['properties'] = { sku: { tier: v['sku_tier'] }, ipConfigurations: ipConfigs(v['ip_configuration'], true), virtualHub: ref(first(v['virtual_hub'])['virtual_hub_id']) };
      break;
    case 'azurerm_bastion_host':
      base['sku'] = { name: v['sku'] };
      base['properties'] = { ipConfigurations: ipConfigs(v['ip_configuration']), virtualNetwork: ref(v['virtual_network_id']) };
      break;
    case 'azurerm_route_server':
      // Azure models a Route Server as a virtual hub with an ipConfiguration in RouteServerSubnet
      return { kind: 'item', obj: { id: `${id}/ipConfigurations/ipconfig1`, name: 'ipconfig1', type: 'Microsoft.Network/virtualHubs/ipConfigurations', properties: { subnet: ref(v['subnet_id']) } } };
    case 'azurerm_local_network_gateway': {
      const bgp = first(v['bgp_settings']);
      base['properties'] = {
        localNetworkAddressSpace: { addressPrefixes: texts(v['address_space']) },
        gatewayIpAddress: v['gateway_address'],
        fqdn: v['gateway_fqdn'],
        bgpSettings: { asn: bgp['asn'], bgpPeeringAddress: bgp['bgp_peering_address'] },
      };
      break;
    }
    case 'azurerm_virtual_network_gateway_connection':
      base['properties'] = {
        connectionType: v['type'],
        virtualNetworkGateway1: ref(v['virtual_network_gateway_id']),
        localNetworkGateway2: ref(v['local_network_gateway_id']),
        peer: ref(v['express_route_circuit_id']),
      };
      break;
    case 'azurerm_network_interface':
      base['properties'] = { enableIPForwarding: v['ip_forwarding_enabled'] ?? v['enable_ip_forwarding'], ipConfigurations: ipConfigs(v['ip_configuration'], true) };
      break;
  }
  return { kind: 'item', obj: base };
}

function routeOf(v: JsonObject): JsonObject {
  return { name: v['name'], properties: { addressPrefix: v['address_prefix'], nextHopType: v['next_hop_type'], nextHopIpAddress: v['next_hop_in_ip_address'] } };
}
