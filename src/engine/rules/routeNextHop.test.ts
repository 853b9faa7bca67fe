import { describe, expect, it } from 'vitest';
import { applyFix } from '../applyFix';
import { routeNextHop } from './routeNextHop';
import { design, erGateway, route, routeTable, subnet, transitPeer, vnet, vpnGateway } from '../../../test/builders';

const spokeWith = (rt: string) => vnet('a', ['10.1.0.0/16'], { subnets: [subnet('app', '10.1.1.0/24', { routeTableId: rt })] });
const codes = (d: ReturnType<typeof design>) => routeNextHop(d).map((f) => f.code);

describe('ROUTE_NEXT_HOP_INVALID', () => {
  it('correct routes raise nothing', () => {
    const rt = routeTable('rt', [route('fw', '0.0.0.0/0', 'VirtualAppliance', '10.0.1.4'), route('drop', '10.9.0.0/16', 'None')]);
    expect(codes(design([spokeWith('rt-rt')], [], { routeTables: [rt] }))).toEqual([]);
  });

  it('VirtualAppliance without (or with an invalid) next-hop IP', () => {
    const rt = routeTable('rt', [route('fw', '0.0.0.0/0', 'VirtualAppliance'), route('bad', '10.2.0.0/16', 'VirtualAppliance', '10.0.1')]);
    const found = routeNextHop(design([spokeWith('rt-rt')], [], { routeTables: [rt] }));
    expect(found.map((f) => [f.code, f.severity, f.vnets])).toEqual([['ROUTE_NEXT_HOP_INVALID', 'error', ['a']], ['ROUTE_NEXT_HOP_INVALID', 'error', ['a']]]);
    expect(found[0]?.message).toContain("Route 'fw' (0.0.0.0/0) of route table 'rt'");
  });

  it('a next-hop IP on another type; the fix removes it', () => {
    const rt = routeTable('rt', [route('net', '0.0.0.0/0', 'Internet', '10.0.1.4')]);
    const d = design([spokeWith('rt-rt')], [], { routeTables: [rt] });
    const [f] = routeNextHop(d);
    expect(f?.code).toBe('ROUTE_NEXT_HOP_INVALID');
    expect(codes(applyFix(d, f!.fixes![0]!))).toEqual([]);
  });
});

describe('ROUTE_GATEWAY_ER_NEXT_HOP', () => {
  const rt = routeTable('rt', [route('onprem', '192.168.0.0/16', 'VirtualNetworkGateway')]);

  it('fires when the gateway reached through transit is ExpressRoute', () => {
    const hub = vnet('hub', ['10.0.0.0/16'], { gateways: [erGateway()] });
    const [f] = routeNextHop(design([hub, spokeWith('rt-rt')], transitPeer('hub', 'a'), { routeTables: [rt] }));
    expect(f).toMatchObject({ code: 'ROUTE_GATEWAY_ER_NEXT_HOP', severity: 'warning', vnets: ['a', 'hub'] });
  });

  it('does not fire for a VPN gateway', () => {
    const hub = vnet('hub', ['10.0.0.0/16'], { gateways: [vpnGateway()] });
    expect(codes(design([hub, spokeWith('rt-rt')], transitPeer('hub', 'a'), { routeTables: [rt] }))).toEqual([]);
  });
});
