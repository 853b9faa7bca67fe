/**
 * Issue 13 item 6: Bastion, Route Server (virtualHubs + ipConfigurations), NVA NICs, local network
 * gateways and connections. Fixture shaped after the quickstarts route-server, bastion and
 * site-to-site-vpn-create templates (Azure/azure-quickstart-templates quickstarts/microsoft.network/*).
 */
import { describe, expect, it } from 'vitest';
import { importFixture as load, vnetNamed as vnet } from '../../../test/fixtures/import/load';

describe('hub with Bastion, Route Server, NVA and on-premises connections (ARM)', () => {
  const { design, report } = load('arm-hub-onprem.json');
  const hub = vnet(design, 'vnet-hub');

  it('places Bastion, the Route Server and the NVA by their subnets', () => {
    expect(hub.bastions).toEqual([{ id: expect.any(String), name: 'bas-hub', sku: 'Standard' }]);
    expect(hub.routeServers).toEqual([{ id: expect.any(String), name: 'rs-hub' }]);
    expect(hub.appliances).toEqual([{ id: expect.any(String), name: 'nic-nva1', kind: 'NVA', privateIpAddress: '10.0.3.4', subnetName: 'snet-nva' }]);
    expect(report.skipped).toEqual(expect.arrayContaining([
      expect.objectContaining({ what: "network interface 'nic-jumpbox'", why: 'a network interface without IP forwarding is not an appliance' }),
    ]));
  });

  it('attaches the site-to-site and ExpressRoute sites to their gateways', () => {
    const vpn = hub.gateways.find((g) => g.name === 'vgw-hub');
    const er = hub.gateways.find((g) => g.name === 'ergw-hub');
    expect(design.onPremises).toEqual([
      {
        id: expect.any(String), name: 'lng-branch', addressRanges: ['192.168.0.0/16'], gatewayId: vpn?.id, connectionType: 'IPsec',
        gatewayIpAddress: '203.0.113.10', bgp: { asn: 65050, peeringAddress: '192.168.255.254' },
      },
      {
        id: expect.any(String), name: 'er-ams', addressRanges: [], gatewayId: er?.id, connectionType: 'ExpressRoute',
        expressRouteCircuitId: '/subscriptions/55555555-5555-5555-5555-555555555555/resourceGroups/rg-er/providers/Microsoft.Network/expressRouteCircuits/er-ams',
      },
    ]);
  });

  it('reports the VNet-to-VNet connection (item 7, not modelled) and notes the newGuid stand-in', () => {
    expect(report.skipped).toEqual(expect.arrayContaining([
      { what: "connection 'cn-to-westus'", where: 'resources[6]', why: 'VNet-to-VNet gateway connections are not modelled yet' },
    ]));
    expect(report.notes.some((n) => n.startsWith('newGuid() was given a fixed stand-in'))).toBe(true);
    expect(report.skipped.some((s) => s.what.includes('rs-hub'))).toBe(false);
  });
});
