import { describe, expect, it } from 'vitest';
import { applyFix } from '../applyFix';
import { gatewayTransit } from './gatewayTransit';
import { design, link, peer, subnet, transitPeer, vnet, vpnGateway } from '../../../test/builders';

const hub = vnet('hub', ['10.0.0.0/16'], { subnets: [subnet('GatewaySubnet', '10.0.0.0/27')], gateways: [vpnGateway()] });
const hub2 = vnet('hub2', ['10.100.0.0/16'], { gateways: [vpnGateway('vgw2', { id: 'gw2' })] });
const a = vnet('a', ['10.1.0.0/16']);
const codes = (d: ReturnType<typeof design>) => gatewayTransit(d).map((f) => f.code);

describe('gateway transit', () => {
  it('a correct hub-and-spoke transit pair raises nothing', () => {
    expect(codes(design([hub, a], transitPeer(hub, a)))).toEqual([]);
  });

  it('GW_REMOTE_MULTIPLE: one fix per gateway to keep', () => {
    const d = design([hub, hub2, a], [...transitPeer(hub, a), ...transitPeer(hub2, a)]);
    const [f] = gatewayTransit(d);
    expect(f).toMatchObject({ code: 'GW_REMOTE_MULTIPLE', severity: 'error', vnets: ['a', 'hub', 'hub2'], peerings: ['a->hub', 'a->hub2'] });
    expect(f?.fixes).toHaveLength(2);
    expect(codes(applyFix(d, f!.fixes![1]!))).toEqual([]);
  });

  it('GW_REMOTE_WITH_OWN_GATEWAY: a spoke with its own gateway uses the hub gateway', () => {
    const spoke = vnet('a', ['10.1.0.0/16'], { gateways: [vpnGateway('own', { id: 'gw-own' })] });
    const d = design([hub, spoke], transitPeer(hub, spoke));
    const [f] = gatewayTransit(d);
    expect(f).toMatchObject({ code: 'GW_REMOTE_WITH_OWN_GATEWAY', vnets: ['a', 'hub'], peerings: ['a->hub'] });
    expect(codes(applyFix(d, f!.fixes![0]!))).toEqual([]);
  });

  it('GW_REMOTE_NO_GATEWAY: useRemoteGateways toward a VNet without gateway (not reported twice)', () => {
    const plain = vnet('hub', ['10.0.0.0/16']);
    const d = design([plain, a], [link(plain, a), link(a, plain, { useRemoteGateways: true })]);
    expect(codes(d)).toEqual(['GW_REMOTE_NO_GATEWAY']);
    expect(gatewayTransit(d)[0]?.message).toContain('RemoteVnetHasNoGateways');
  });

  it('a Route Server counts as a gateway', () => {
    const rs = vnet('hub', ['10.0.0.0/16'], { routeServers: [{ id: 'rs', name: 'rs' }] });
    expect(codes(design([rs, a], transitPeer(rs, a)))).toEqual([]);
  });

  it('GW_REMOTE_TRANSIT_NOT_ALLOWED: the hub link lacks allowGatewayTransit; the fix sets it', () => {
    const d = design([hub, a], [link(hub, a), link(a, hub, { useRemoteGateways: true })]);
    const [f] = gatewayTransit(d);
    expect(f).toMatchObject({ code: 'GW_REMOTE_TRANSIT_NOT_ALLOWED', peerings: ['a->hub', 'hub->a'] });
    expect(f?.fixes?.map((x) => x.title)).toEqual(["Allow gateway transit on 'peer-hub-to-a'", "Clear useRemoteGateways on 'peer-a-to-hub'"]);
    for (const fix of f!.fixes!) expect(codes(applyFix(d, fix))).toEqual([]);
  });

  it('GW_REMOTE_TRANSIT_NOT_ALLOWED with no link back: the fix creates it allowing transit', () => {
    const d = design([hub, a], [link(a, hub, { useRemoteGateways: true })]);
    const [f] = gatewayTransit(d);
    expect(f?.code).toBe('GW_REMOTE_TRANSIT_NOT_ALLOWED');
    const fixed = applyFix(d, f!.fixes![0]!);
    expect(fixed.peerings[1]).toMatchObject({ from: 'hub', to: 'a', allowGatewayTransit: true });
    expect(codes(fixed)).toEqual([]);
  });

  it('GW_TRANSIT_NO_GATEWAY: warning, fix clears the flag', () => {
    const d = design([a, vnet('b', ['10.2.0.0/16'])], peer('a', 'b', { allowGatewayTransit: true }, {}));
    const [f] = gatewayTransit(d);
    expect(f).toMatchObject({ code: 'GW_TRANSIT_NO_GATEWAY', severity: 'warning', peerings: ['a->b'] });
    expect(codes(applyFix(d, f!.fixes![0]!))).toEqual([]);
  });

  it('GW_TRANSIT_AND_REMOTE: both flags on one link', () => {
    const d = design([hub, hub2], [link(hub, hub2, { allowGatewayTransit: true, useRemoteGateways: true }), link(hub2, hub, { allowGatewayTransit: true })]);
    expect(codes(d)).toContain('GW_TRANSIT_AND_REMOTE');
    const f = gatewayTransit(d).find((x) => x.code === 'GW_TRANSIT_AND_REMOTE');
    expect(f?.severity).toBe('warning');
    expect(codes(applyFix(d, f!.fixes![0]!))).not.toContain('GW_TRANSIT_AND_REMOTE');
  });

  it('GW_BASIC_SKU: a Basic VPN gateway shared by transit', () => {
    const basic = { ...hub, gateways: [vpnGateway('vgw', { sku: 'Basic' })] };
    const d = design([basic, a], transitPeer(basic, a));
    const [f] = gatewayTransit(d);
    expect(f).toMatchObject({ code: 'GW_BASIC_SKU', severity: 'warning', vnets: ['hub'], peerings: ['hub->a'] });
    expect(codes(applyFix(d, f!.fixes![0]!))).toEqual([]);
    expect(codes(design([basic, a], peer(basic, a)))).toEqual([]);
  });

  it('a placeholder remote VNet is not judged: its gateways are unknown', () => {
    const ph = vnet('hub', ['10.0.0.0/16'], { isPlaceholder: true });
    expect(codes(design([ph, a], [link(a, ph, { useRemoteGateways: true })]))).toEqual([]);
  });
});
