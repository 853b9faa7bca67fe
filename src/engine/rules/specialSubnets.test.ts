import { describe, expect, it } from 'vitest';
import { applyFix } from '../applyFix';
import { specialSubnets } from './specialSubnets';
import { design, subnet, vnet } from '../../../test/builders';

const run = (...s: ReturnType<typeof subnet>[]) => specialSubnets(design([vnet('hub', ['10.0.0.0/16'], { subnets: s })]));
const codes = (...s: ReturnType<typeof subnet>[]) => run(...s).map((f) => f.code);

describe('special subnets', () => {
  it('recommended sizes and exact names raise nothing', () => {
    expect(codes(
      subnet('GatewaySubnet', '10.0.0.0/27'), subnet('AzureFirewallSubnet', '10.0.1.0/26'),
      subnet('AzureBastionSubnet', '10.0.2.0/26'), subnet('RouteServerSubnet', '10.0.3.0/26'),
      subnet('AzureFirewallManagementSubnet', '10.0.4.0/26'),
    )).toEqual([]);
  });

  it('SPECIAL_SUBNET_SIZE: firewall and Bastion subnets below /26, Route Server below /27', () => {
    expect(codes(subnet('AzureFirewallSubnet', '10.0.1.0/27'))).toEqual(['SPECIAL_SUBNET_SIZE']);
    expect(codes(subnet('AzureBastionSubnet', '10.0.1.0/28'))).toEqual(['SPECIAL_SUBNET_SIZE']);
    expect(codes(subnet('RouteServerSubnet', '10.0.1.0/28'))).toEqual(['SPECIAL_SUBNET_SIZE']);
    // a /30 GatewaySubnet is SUBNET_SIZE's business; not reported twice
    expect(codes(subnet('GatewaySubnet', '10.0.1.0/30'))).toEqual([]);
  });

  it('SPECIAL_SUBNET_SIZE_SMALL: GatewaySubnet /28 or /29, RouteServerSubnet /27', () => {
    expect(codes(subnet('GatewaySubnet', '10.0.0.0/28'))).toEqual(['SPECIAL_SUBNET_SIZE_SMALL']);
    expect(codes(subnet('GatewaySubnet', '10.0.0.0/29'))).toEqual(['SPECIAL_SUBNET_SIZE_SMALL']);
    expect(run(subnet('RouteServerSubnet', '10.0.0.0/27'))[0]).toMatchObject({ code: 'SPECIAL_SUBNET_SIZE_SMALL', severity: 'warning' });
  });

  it('SPECIAL_SUBNET_NAME_CASE with a rename fix', () => {
    const d = design([vnet('hub', ['10.0.0.0/16'], { subnets: [subnet('gatewaysubnet', '10.0.0.0/27')] })]);
    const [f] = specialSubnets(d);
    expect(f).toMatchObject({ code: 'SPECIAL_SUBNET_NAME_CASE', severity: 'warning', vnets: ['hub'] });
    const fixed = applyFix(d, f!.fixes![0]!);
    expect(fixed.vnets[0]?.subnets[0]?.name).toBe('GatewaySubnet');
    expect(specialSubnets(fixed)).toEqual([]);
  });

  it('offers no rename when the renamed subnet would be too small', () => {
    const [f] = run(subnet('azurefirewallsubnet', '10.0.0.0/28'));
    expect(f?.code).toBe('SPECIAL_SUBNET_NAME_CASE');
    expect(f?.fixes).toBeUndefined();
  });
});
