import { describe, expect, it } from 'vitest';
import { applyFix } from '../applyFix';
import { gatewayPlacement } from './gatewayPlacement';
import { specialSubnets } from './specialSubnets';
import { design, erGateway, firewall, subnet, vnet, vpnGateway } from '../../../test/builders';

const codes = (d: ReturnType<typeof design>) => gatewayPlacement(d).map((f) => f.code);

describe('gateway placement', () => {
  it('gateway, firewall, Bastion and Route Server in their subnets raise nothing', () => {
    const hub = vnet('hub', ['10.0.0.0/16'], {
      subnets: [subnet('GatewaySubnet', '10.0.0.0/27'), subnet('AzureFirewallSubnet', '10.0.1.0/26'), subnet('AzureBastionSubnet', '10.0.2.0/26'), subnet('RouteServerSubnet', '10.0.3.0/26')],
      gateways: [vpnGateway(), erGateway()],
      appliances: [firewall('10.0.1.4')],
      bastions: [{ id: 'bas', name: 'bas', sku: 'Standard' }],
      routeServers: [{ id: 'rs', name: 'rs' }],
    });
    expect(codes(design([hub]))).toEqual([]);
  });

  it('GW_SUBNET_MISSING: the fix adds the subnet in the first free /27', () => {
    const hub = vnet('hub', ['10.0.0.0/24'], { subnets: [subnet('app', '10.0.0.0/26')], gateways: [vpnGateway()] });
    const d = design([hub]);
    const [f] = gatewayPlacement(d);
    expect(f).toMatchObject({ code: 'GW_SUBNET_MISSING', severity: 'error', vnets: ['hub'], details: { subnet: 'GatewaySubnet' } });
    expect(f?.message).toContain("gateway 'vgw'");
    const fixed = applyFix(d, f!.fixes![0]!);
    expect(fixed.vnets[0]?.subnets[1]).toMatchObject({ name: 'GatewaySubnet', addressPrefixes: ['10.0.0.64/27'] });
    expect(codes(fixed)).toEqual([]);
  });

  it('GW_SUBNET_MISSING for a firewall, with a look-alike name: the fix renames it', () => {
    const hub = vnet('hub', ['10.0.0.0/16'], { subnets: [subnet('azurefirewallsubnet', '10.0.1.0/26')], appliances: [firewall('10.0.1.4')] });
    const d = design([hub]);
    const [f] = gatewayPlacement(d);
    expect(f?.fixes?.[0]?.title).toBe("Rename 'azurefirewallsubnet' to 'AzureFirewallSubnet'");
    const fixed = applyFix(d, f!.fixes![0]!);
    expect(codes(fixed)).toEqual([]);
    expect(specialSubnets(fixed)).toEqual([]);
  });

  it('GW_DUPLICATE: two VPN gateways in one VNet', () => {
    const hub = vnet('hub', ['10.0.0.0/16'], { subnets: [subnet('GatewaySubnet', '10.0.0.0/27')], gateways: [vpnGateway('a'), vpnGateway('b')] });
    const found = gatewayPlacement(design([hub]));
    expect(found.map((f) => [f.code, f.details?.kind])).toEqual([['GW_DUPLICATE', 'VPN gateways']]);
  });
});
