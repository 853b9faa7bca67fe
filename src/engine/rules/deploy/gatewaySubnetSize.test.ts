import { describe, expect, it } from 'vitest';
import { design, erGateway, subnet, vnet, vpnGateway } from '../../../../test/builders';
import { gatewayPlacement } from '../gatewayPlacement';
import { gatewaySubnetSize } from './gatewaySubnetSize';

describe('DEPLOY_GATEWAY_SUBNET_SIZE', () => {
  const both = [vpnGateway(), erGateway()];
  it('fires for a /28 GatewaySubnet with a VPN and an ExpressRoute gateway', () => {
    const d = design([vnet('hub', ['10.0.0.0/16'], { gateways: both, subnets: [subnet('GatewaySubnet', '10.0.0.0/28')] })]);
    const found = gatewaySubnetSize(d);
    expect(found.map((f) => [f.code, f.severity, f.details?.prefix])).toEqual([['DEPLOY_GATEWAY_SUBNET_SIZE', 'error', '10.0.0.0/28']]);
  });

  it('does not fire for /27 or larger, nor for one gateway type alone', () => {
    expect(gatewaySubnetSize(design([vnet('hub', ['10.0.0.0/16'], { gateways: both, subnets: [subnet('GatewaySubnet', '10.0.0.0/27')] })]))).toEqual([]);
    expect(gatewaySubnetSize(design([vnet('hub', ['10.0.0.0/16'], { gateways: [vpnGateway()], subnets: [subnet('GatewaySubnet', '10.0.0.0/29')] })]))).toEqual([]);
  });
});

describe('GW_SUBNET_MISSING fix with coexisting gateways', () => {
  it('adds a /27 GatewaySubnet, never a /28 that DEPLOY_GATEWAY_SUBNET_SIZE would refuse', () => {
    const both = [vpnGateway(), erGateway()];
    // only a /28 is free: no fix rather than one that trades errors
    const tight = design([vnet('hub', ['10.0.0.0/26'], { gateways: both, subnets: [subnet('a', '10.0.0.0/27'), subnet('b', '10.0.0.32/28')] })]);
    expect(gatewayPlacement(tight)[0]?.fixes).toBeUndefined();
    const roomy = design([vnet('hub', ['10.0.0.0/24'], { gateways: both, subnets: [subnet('a', '10.0.0.0/26')] })]);
    expect(gatewayPlacement(roomy)[0]?.fixes?.[0]?.title).toBe("Add GatewaySubnet 10.0.0.64/27 to 'hub'");
    // a case-variant /28 look-alike is not renamed (too small), nor duplicated
    const lookAlike = design([vnet('hub', ['10.0.0.0/24'], { gateways: both, subnets: [subnet('gatewaysubnet', '10.0.0.0/28')] })]);
    expect(gatewayPlacement(lookAlike)[0]?.fixes).toBeUndefined();
    // one gateway type alone keeps the old behaviour: the /28 look-alike is renamed
    const single = design([vnet('hub', ['10.0.0.0/24'], { gateways: [vpnGateway()], subnets: [subnet('gatewaysubnet', '10.0.0.0/28')] })]);
    expect(gatewayPlacement(single)[0]?.fixes?.[0]?.title).toBe("Rename 'gatewaysubnet' to 'GatewaySubnet'");
  });
});
