/**
 * `terraform show -json` import (issue 13, new sources). Fixtures shaped after the JSON output format
 * (https://developer.hashicorp.com/terraform/internals/json-format) with azurerm 4.x attributes as in the
 * azurerm 4.55.0 schema (../shared/schemas/terraform/azurerm-network.json).
 */
import { describe, expect, it } from 'vitest';
import { importFixture as load, vnetNamed as vnet } from '../../../test/fixtures/import/load';

describe('terraform show -json of a state', () => {
  const { design, report } = load('tf-show-state.json');

  it('reads VNets with inline and separate subnets, from the root and child modules', () => {
    expect(report.format).toBe('terraform');
    expect(design.vnets.map((v) => [v.name, v.resourceGroup, v.addressPrefixes, v.isPlaceholder])).toEqual([
      ['vnet-hub', 'rg-hub', ['10.0.0.0/16'], false],
      ['vnet-spoke1', 'rg-spoke', ['10.1.0.0/16'], false],
      ['vnet-shared', 'rg-shared', [], true],
    ]);
    expect(vnet(design, 'vnet-hub').subnets.map((s) => [s.name, s.addressPrefixes])).toEqual([['GatewaySubnet', ['10.0.0.0/27']], ['AzureFirewallSubnet', ['10.0.1.0/26']]]);
    expect(vnet(design, 'vnet-hub').tags).toEqual({ constructor: 'platform' });
  });

  it('reads peerings both ways, the gateway, the firewall, the route table with its separate route and association', () => {
    expect(design.peerings.map((l) => [l.name, l.allowGatewayTransit, l.useRemoteGateways])).toEqual([['hub-to-spoke1', true, false], ['spoke1-to-hub', false, true]]);
    const hub = vnet(design, 'vnet-hub');
    expect(hub.gateways).toEqual([expect.objectContaining({ name: 'vgw-hub', gatewayType: 'Vpn', sku: 'VpnGw2AZ', asn: 65515 })]);
    expect(hub.appliances).toEqual([expect.objectContaining({ name: 'afw-hub', privateIpAddress: '10.0.1.4', sku: 'Standard' })]);
    const rt = design.routeTables[0];
    expect(rt).toMatchObject({ name: 'rt-spokes', disableBgpRoutePropagation: true });
    expect(rt?.routes.map((r) => [r.name, r.nextHopType])).toEqual([['default', 'VirtualAppliance'], ['to-onprem', 'VirtualNetworkGateway']]);
    expect(vnet(design, 'vnet-spoke1').subnets[0]?.routeTableId).toBe(rt?.id);
  });

  it('lists what it leaves out by address', () => {
    expect(report.skipped).toEqual([{ what: "azurerm_public_ip 'pip-vgw'", where: 'azurerm_public_ip.vgw', why: 'this resource type is not part of a peering design' }]);
  });
});

describe('terraform show -json of a plan', () => {
  const { design, report } = load('tf-show-plan.json');

  it('builds ids from names and reports what is known only after apply', () => {
    expect(design.vnets.map((v) => [v.name, v.subnets.map((s) => s.name)])).toEqual([['vnet-hub', ['GatewaySubnet']]]);
    expect(report.notes).toContain('No resource id in the Terraform output names a subscription: used 00000000-0000-0000-0000-000000000000.');
    expect(report.skipped).toEqual([{ what: "peering 'hub-to-x' of 'vnet-hub'", where: 'azurerm_virtual_network_peering.hub_to_x', why: 'it has no remoteVirtualNetwork.id' }]);
  });
});
