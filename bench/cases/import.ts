/**
 * Import speed (issue 13): each case's median time and its ratio to `JSON.parse` of the same text
 * (target: ratio <= 10). Inputs are generated: a 5,000-VNet `az network vnet list` output, a
 * 1,000-spoke ARM template built with copy loops, and a 2,000-resource `terraform show -json`.
 */
import { importAny } from '../../src/import';
import { medianMs, round, type BenchLine } from '../util';

const SUB = '11111111-1111-1111-1111-111111111111';
const vnetId = (rg: string, name: string) => `/subscriptions/${SUB}/resourceGroups/${rg}/providers/Microsoft.Network/virtualNetworks/${name}`;

function azCliListing(count: number): string {
  const hub = vnetId('rg-hub', 'vnet-hub');
  const items = [];
  for (let i = 0; i < count; i++) {
    const name = i === 0 ? 'vnet-hub' : `vnet-spoke${i}`;
    const rg = i === 0 ? 'rg-hub' : `rg-spoke${i % 50}`;
    const id = vnetId(rg, name);
    const a = Math.floor(i / 250);
    const b = i % 250;
    items.push({
      addressSpace: { addressPrefixes: [`10.${a}.${b}.0/24`] },
      id, location: 'westeurope', name, resourceGroup: rg, type: 'Microsoft.Network/virtualNetworks', provisioningState: 'Succeeded',
      subnets: [
        { addressPrefix: `10.${a}.${b}.0/26`, id: `${id}/subnets/snet-app`, name: 'snet-app', resourceGroup: rg, type: 'Microsoft.Network/virtualNetworks/subnets' },
        { addressPrefix: `10.${a}.${b}.64/26`, id: `${id}/subnets/snet-data`, name: 'snet-data', resourceGroup: rg, type: 'Microsoft.Network/virtualNetworks/subnets' },
      ],
      virtualNetworkPeerings: i === 0 ? [] : [{
        allowForwardedTraffic: true, allowGatewayTransit: false, allowVirtualNetworkAccess: true, useRemoteGateways: false,
        id: `${id}/virtualNetworkPeerings/to-hub`, name: 'to-hub', peeringState: 'Connected', peeringSyncLevel: 'FullyInSync',
        remoteVirtualNetwork: { id: hub, resourceGroup: 'rg-hub' }, remoteAddressSpace: { addressPrefixes: ['10.0.0.0/24'] },
      }],
    });
  }
  return JSON.stringify(items, null, 2);
}

function armCopyTemplate(spokes: number): string {
  // ARM allows at most 800 iterations per copy loop: two loops of spokes/2
  const half = spokes / 2;
  const loop = (offset: number) => [
    {
      type: 'Microsoft.Network/virtualNetworks', apiVersion: '2023-09-01',
      name: `[format('vnet-spoke-{0}', add(copyIndex(), ${offset}))]`, location: "[parameters('location')]",
      copy: { name: `spokes${offset}`, count: half },
      properties: {
        addressSpace: { addressPrefixes: [`[cidrSubnet('10.0.0.0/8', 24, add(copyIndex(), ${offset + 1}))]`] },
        subnets: [{ name: 'snet-app', properties: { addressPrefix: `[cidrSubnet(cidrSubnet('10.0.0.0/8', 24, add(copyIndex(), ${offset + 1})), 26, 0)]` } }],
      },
    },
    {
      type: 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings', apiVersion: '2023-09-01',
      name: `[format('vnet-spoke-{0}/to-hub', add(copyIndex(), ${offset}))]`,
      copy: { name: `toHub${offset}`, count: half },
      properties: { allowVirtualNetworkAccess: true, allowForwardedTraffic: true, remoteVirtualNetwork: { id: "[resourceId('Microsoft.Network/virtualNetworks', 'vnet-hub')]" } },
    },
    {
      type: 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings', apiVersion: '2023-09-01',
      name: `[format('vnet-hub/to-spoke-{0}', add(copyIndex(), ${offset}))]`,
      copy: { name: `fromHub${offset}`, count: half },
      properties: { allowVirtualNetworkAccess: true, allowGatewayTransit: true, remoteVirtualNetwork: { id: `[resourceId('Microsoft.Network/virtualNetworks', format('vnet-spoke-{0}', add(copyIndex(), ${offset})))]` } },
    },
  ];
  return JSON.stringify({
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
    contentVersion: '1.0.0.0',
    parameters: { location: { type: 'string', defaultValue: '[resourceGroup().location]' } },
    resources: [
      { type: 'Microsoft.Network/virtualNetworks', apiVersion: '2023-09-01', name: 'vnet-hub', location: "[parameters('location')]", properties: { addressSpace: { addressPrefixes: ['10.0.0.0/24'] } } },
      ...loop(0),
      ...loop(half),
    ],
  }, null, 2);
}

function terraformShow(resources: number): string {
  const P = 'registry.terraform.io/hashicorp/azurerm';
  const out = [];
  const hub = vnetId('rg-hub', 'vnet-hub');
  // per spoke: a VNet, a subnet, a peering each way (4 resources)
  for (let i = 0; out.length < resources; i++) {
    const name = `vnet-spoke${i}`;
    const id = vnetId('rg-spokes', name);
    const a = Math.floor((i + 1) / 250);
    const b = (i + 1) % 250;
    out.push({ address: `azurerm_virtual_network.spoke["${i}"]`, mode: 'managed', type: 'azurerm_virtual_network', name: 'spoke', index: String(i), provider_name: P, schema_version: 0,
      values: { address_space: [`10.${a}.${b}.0/24`], dns_servers: [], id, location: 'westeurope', name, resource_group_name: 'rg-spokes', subnet: [], tags: {} }, sensitive_values: {} });
    out.push({ address: `azurerm_subnet.app["${i}"]`, mode: 'managed', type: 'azurerm_subnet', name: 'app', index: String(i), provider_name: P, schema_version: 0,
      values: { address_prefixes: [`10.${a}.${b}.0/26`], id: `${id}/subnets/snet-app`, name: 'snet-app', resource_group_name: 'rg-spokes', virtual_network_name: name }, sensitive_values: {} });
    out.push({ address: `azurerm_virtual_network_peering.to_hub["${i}"]`, mode: 'managed', type: 'azurerm_virtual_network_peering', name: 'to_hub', index: String(i), provider_name: P, schema_version: 0,
      values: { allow_forwarded_traffic: true, allow_gateway_transit: false, allow_virtual_network_access: true, id: `${id}/virtualNetworkPeerings/to-hub`, name: 'to-hub', remote_virtual_network_id: hub, resource_group_name: 'rg-spokes', use_remote_gateways: false, virtual_network_name: name }, sensitive_values: {} });
    out.push({ address: `azurerm_virtual_network_peering.from_hub["${i}"]`, mode: 'managed', type: 'azurerm_virtual_network_peering', name: 'from_hub', index: String(i), provider_name: P, schema_version: 0,
      values: { allow_forwarded_traffic: true, allow_gateway_transit: true, allow_virtual_network_access: true, id: `${hub}/virtualNetworkPeerings/to-${name}`, name: `to-${name}`, remote_virtual_network_id: id, resource_group_name: 'rg-hub', use_remote_gateways: false, virtual_network_name: 'vnet-hub' }, sensitive_values: {} });
  }
  out.unshift({ address: 'azurerm_virtual_network.hub', mode: 'managed', type: 'azurerm_virtual_network', name: 'hub', provider_name: P, schema_version: 0,
    values: { address_space: ['10.0.0.0/24'], dns_servers: [], id: hub, location: 'westeurope', name: 'vnet-hub', resource_group_name: 'rg-hub', subnet: [], tags: {} }, sensitive_values: {} });
  return JSON.stringify({ format_version: '1.0', terraform_version: '1.9.8', values: { root_module: { resources: out } } }, null, 2);
}

function line(name: string, text: string, expectVnets: number): BenchLine {
  const r = importAny(text);
  if (!r.ok) throw new Error(`${name}: ${r.error}`);
  if (r.design.vnets.length !== expectVnets) throw new Error(`${name}: ${r.design.vnets.length} VNets, expected ${expectVnets}`);
  const parseMs = medianMs(() => JSON.parse(text), { warmup: 2, runs: 9 });
  const importMs = medianMs(() => importAny(text), { warmup: 2, runs: 9 });
  return { case: name, bytes: text.length, parseMs, importMs, ratio: round(importMs / parseMs) };
}

export default async function importBench(): Promise<BenchLine[]> {
  return [
    line('import:az-cli-5000-vnets', azCliListing(5000), 5000),
    line('import:arm-1000-spokes-copy', armCopyTemplate(1000), 1001),
    line('import:terraform-show-2000', terraformShow(2000), 501),
  ];
}
