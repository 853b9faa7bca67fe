import { describe, expect, it } from 'vitest';
import { design, firewall, onPrem, subnet, vnet, vpnGateway } from '../../../../test/builders';
import { derivedNameInvalid } from './derivedNames';

const long = (n: number) => `a${'b'.repeat(n - 1)}`;

describe('DEPLOY_DERIVED_NAME_INVALID', () => {
  it('catches a valid user name whose derived public IP or policy name passes 80 characters', () => {
    const gw = vpnGateway(long(77), { activeActive: true }); // pip-<77> = 81, pip-<77>-1 = 83
    const fw = firewall('10.0.1.4', { name: long(75), sku: 'Basic' }); // afwp-<75> = 80 ok, pip-<75>-mgmt = 84
    const d = design([vnet('hub', ['10.0.0.0/16'], { gateways: [gw], appliances: [fw], subnets: [subnet('GatewaySubnet', '10.0.0.0/27')] })]);
    const found = derivedNameInvalid(d);
    expect(found.map((f) => f.details?.name)).toEqual([`pip-${long(77)}-1`, `pip-${long(77)}-2`, `pip-${long(75)}-mgmt`]);
    expect(found[0]?.message).toContain('must be 1-80 characters long');
    expect(found.every((f) => f.severity === 'error' && f.vnets[0] === 'hub')).toBe(true);
  });

  it('checks the local network gateway and connection names of a connected site, whose name no other rule checks', () => {
    const d = design([vnet('hub', ['10.0.0.0/16'], { gateways: [vpnGateway('vgw')] })], [], {
      onPremises: [onPrem('Paris office', ['192.168.0.0/24'], 'gw-vgw'), onPrem('lyon', ['192.168.1.0/24'], 'gw-vgw'), onPrem('not connected!', ['192.168.2.0/24'])],
    });
    const found = derivedNameInvalid(d);
    expect(found.map((f) => [f.details?.kind, f.details?.name])).toEqual([
      ['local network gateway', 'lgw-Paris office'],
      ['connection', 'cn-vgw-Paris office'],
    ]);
  });

  it('does not repeat NAME_INVALID for an invalid user name, and is quiet for ordinary names', () => {
    const d = design([vnet('hub', ['10.0.0.0/16'], { gateways: [vpnGateway(long(90))], bastions: [{ id: 'b', name: 'bas-hub', sku: 'Standard' }] })]);
    expect(derivedNameInvalid(d)).toEqual([]);
  });
});
