/**
 * The preflight checks the resource names the exporters derive from user names (DEPLOY_DERIVED_NAME_INVALID). This
 * keeps its copy of the naming (src/engine/rules/deploy/azureFacts.ts derivedNames) equal to what the export plan
 * actually names, so a change in src/export/plan.ts cannot leave the preflight checking names nobody writes.
 */
import { describe, expect, it } from 'vitest';
import { derivedNames } from '../src/engine/rules/deploy/azureFacts';
import { buildPlan } from '../src/export/plan';
import { design, firewall, onPrem, subnet, vnet, vpnGateway } from './builders';

describe('derived resource names', () => {
  it('are the names the export plan gives public IPs, firewall policies, local network gateways and connections', () => {
    const hub = vnet('hub', ['10.0.0.0/16'], {
      subnets: [subnet('GatewaySubnet', '10.0.0.0/27'), subnet('AzureFirewallSubnet', '10.0.1.0/26'), subnet('AzureFirewallManagementSubnet', '10.0.2.0/26'), subnet('AzureBastionSubnet', '10.0.3.0/26'), subnet('RouteServerSubnet', '10.0.4.0/26')],
      gateways: [vpnGateway('vgw-hub', { activeActive: true })],
      appliances: [firewall('10.0.1.4', { name: 'afw-hub', sku: 'Basic' })],
      bastions: [{ id: 'bas', name: 'bas-hub', sku: 'Standard' }],
      routeServers: [{ id: 'rs', name: 'rs-hub' }],
    });
    const d = design([hub], [], { onPremises: [{ ...onPrem('paris', ['192.168.0.0/24'], 'gw-vgw-hub'), gatewayIpAddress: '203.0.113.10' }] });
    const planned = buildPlan(d).groups.flatMap((g) => g.vnets).find((v) => v.ref.name === 'hub');
    expect(planned?.gateways[0]?.publicIps).toEqual(derivedNames.gatewayPublicIps('vgw-hub', true));
    expect(planned?.routeServers[0]?.publicIp).toBe(derivedNames.publicIp('rs-hub'));
    expect(planned?.bastions[0]?.publicIp).toBe(derivedNames.publicIp('bas-hub'));
    expect(planned?.firewalls[0]).toMatchObject({
      publicIp: derivedNames.publicIp('afw-hub'), policy: derivedNames.firewallPolicy('afw-hub'), managementPublicIp: derivedNames.firewallManagementIp('afw-hub'),
    });
    expect(planned?.sites[0]).toMatchObject({ localGatewayName: derivedNames.localNetworkGateway('paris'), connectionName: derivedNames.connection('vgw-hub', 'paris') });
  });
});
