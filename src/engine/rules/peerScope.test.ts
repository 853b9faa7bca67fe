import { describe, expect, it } from 'vitest';
import { peerScope } from './peerScope';
import { design, link, peer, SUB, subscription, vnet, vpnGateway } from '../../../test/builders';

const a = vnet('a', ['10.1.0.0/16']);
const b = vnet('b', ['10.2.0.0/16']);
const codes = (d: ReturnType<typeof design>) => peerScope(d).map((f) => f.code);

describe('peering scope', () => {
  it('same region, subscription, tenant and cloud raises nothing', () => {
    expect(codes(design([a, b], peer(a, b)))).toEqual([]);
  });

  it('PEER_GLOBAL: one info finding per pair, regions compared without case and spaces', () => {
    const d = design([a, { ...b, location: 'eastus' }], peer(a, b));
    expect(peerScope(d).map((f) => [f.code, f.severity, f.peerings.length])).toEqual([['PEER_GLOBAL', 'info', 2]]);
    expect(codes(design([a, { ...b, location: 'West Europe' }], peer(a, b)))).toEqual([]);
  });

  it('PEER_CROSS_SUBSCRIPTION and PEER_CROSS_TENANT', () => {
    const subs = [subscription(SUB, { tenantId: 't1' }), subscription('sub-2', { tenantId: 't2' })];
    const d = design([a, { ...b, subscriptionId: 'sub-2' }], peer(a, b), { subscriptions: subs });
    expect(codes(d)).toEqual(['PEER_CROSS_SUBSCRIPTION', 'PEER_CROSS_TENANT']);
    const sameTenant = design([a, { ...b, subscriptionId: 'sub-2' }], peer(a, b), { subscriptions: [subscription(SUB, { tenantId: 't1' }), subscription('sub-2', { tenantId: 'T1' })] });
    expect(codes(sameTenant)).toEqual(['PEER_CROSS_SUBSCRIPTION']);
  });

  it('PEER_CROSS_CLOUD: error', () => {
    const d = design([a, { ...b, subscriptionId: 'gov' }], peer(a, b), { subscriptions: [subscription(SUB), subscription('gov', { cloud: 'AzureUSGovernment' })] });
    const found = peerScope(d).filter((f) => f.code === 'PEER_CROSS_CLOUD');
    expect(found.map((f) => f.severity)).toEqual(['error']);
  });

  it('PEER_CLASSIC: classic with classic, and a classic VNet as transit hub', () => {
    expect(codes(design([{ ...a, isClassic: true }, { ...b, isClassic: true }], [link(a, b)]))).toEqual(['PEER_CLASSIC']);
    const hub = vnet('hub', ['10.0.0.0/16'], { isClassic: true, gateways: [vpnGateway()] });
    const found = peerScope(design([hub, a], [link(a, hub, { useRemoteGateways: true })]));
    expect(found.map((f) => f.code)).toEqual(['PEER_CLASSIC']);
    expect(found[0]?.message).toContain("Classic VNet 'hub'");
    expect(codes(design([hub, a], [link(a, hub)]))).toEqual([]);
  });
});
