import { describe, expect, it } from 'vitest';
import { applyFix } from './applyFix';
import { CATALOGUE, FINDING_CODES, docsAnchor } from './catalogue';
import { validate } from './validate';
import { sampleDesign } from '../model/sample';
import { design, hubAndSpokes, link, peer, subnet, vnet, vpnGateway } from '../../test/builders';

describe('validate', () => {
  it('the sample design has no error finding', () => {
    expect(validate(sampleDesign()).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('a clean hub with 500 spokes has no error or warning from the structural rules; 501 spokes pass the limit', () => {
    const structural = (n: number) => validate(hubAndSpokes(n)).filter((f) => f.severity !== 'info' && f.code !== 'TRANSIT_GAP');
    expect(structural(500)).toEqual([]);
    expect(structural(501).map((f) => [f.code, f.vnets])).toEqual([['PEER_LIMIT', ['hub']]]);
  });

  it('every finding carries its catalogue severity, a docs anchor and sorted id lists', () => {
    const d = design(
      [vnet('hub', ['10.0.0.0/16'], { gateways: [vpnGateway()] }), vnet('spoke-a', ['10.0.0.0/24']), vnet('spoke-b', ['10.2.3.0/16'], { subnets: [subnet('gatewaysubnet', '10.2.0.0/27')] })],
      [link('spoke-b', 'hub', { useRemoteGateways: true, allowVirtualNetworkAccess: false }), ...peer('hub', 'spoke-a')],
    );
    const found = validate(d);
    expect(found.length).toBeGreaterThan(5);
    for (const f of found) {
      expect(FINDING_CODES).toContain(f.code);
      expect(f.severity).toBe(CATALOGUE[f.code as keyof typeof CATALOGUE].severity);
      expect(f.docs).toBe(docsAnchor(f.code as keyof typeof CATALOGUE));
      expect(f.vnets).toEqual([...f.vnets].sort());
      expect(f.peerings).toEqual([...f.peerings].sort());
    }
    // sorted by severity, then code
    const order = { error: 0, warning: 1, info: 2 } as const;
    for (let i = 1; i < found.length; i++) {
      const [p, c] = [found[i - 1]!, found[i]!];
      expect(order[p.severity] < order[c.severity] || (p.severity === c.severity && p.code <= c.code)).toBe(true);
    }
    expect(found.map((f) => f.code)).toEqual(expect.arrayContaining([
      'PEER_ADDRESS_OVERLAP', 'CIDR_HOST_BITS', 'GW_SUBNET_MISSING', 'GW_REMOTE_TRANSIT_NOT_ALLOWED', 'PEER_ONE_WAY', 'PEER_ACCESS_BLOCKED', 'SPECIAL_SUBNET_NAME_CASE',
    ]));
  });

  it('is deterministic and does not mutate the design', () => {
    const d = hubAndSpokes(5);
    const copy = structuredClone(d);
    expect(validate(d)).toEqual(validate(structuredClone(d)));
    expect(d).toEqual(copy);
  });

  it('fixes the sample spoke overlap end to end with applyFix', () => {
    const d = sampleDesign();
    const broken = { ...d, vnets: d.vnets.map((v) => (v.id === 'vnet-spoke-b' ? { ...v, addressPrefixes: ['10.1.0.0/16'], subnets: [{ ...v.subnets[0]!, addressPrefixes: ['10.1.2.0/24'] }] } : v)) };
    const f = validate(broken).find((x) => x.code === 'PEER_NEIGHBOR_OVERLAP');
    expect(f?.vnets).toEqual(['vnet-spoke-a', 'vnet-spoke-b']);
    const fixed = applyFix(broken, f!.fixes![0]!);
    expect(fixed.vnets.find((v) => v.id === 'vnet-spoke-b')?.addressPrefixes).toEqual(['10.2.0.0/16']);
    expect(validate(fixed).filter((x) => x.severity === 'error')).toEqual([]);
  });
});
