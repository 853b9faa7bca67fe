import { describe, expect, it } from 'vitest';
import { applyOps } from '../../model/ops';
import type { Design } from '../../model/schema';
import { design, link, peer, route, routeTable, subnet, vnet } from '../../../test/builders';
import { smallHub } from '../../../test/generators';
import { explainReach, reachBetween } from './index';

const explain = (d: Design, from: string, to: string) => {
  const e = explainReach(d, from, to);
  if (!e) throw new Error(`no explanation ${from} -> ${to}`);
  return e;
};
const onlyPath = (d: Design, from: string, to: string) => {
  const e = explain(d, from, to);
  expect(e.paths).toHaveLength(1);
  const p = e.paths[0];
  if (!p) throw new Error('no path');
  return p;
};

describe('explainReach on hub and spoke', () => {
  it('isolated spokes: dropped at the first hop, no route, peering not transitive', () => {
    const d = smallHub({ gateway: 'none' });
    const e = explain(d, 'spoke-a', 'spoke-b');
    expect(e.status).toBe('none');
    const p = onlyPath(d, 'spoke-a', 'spoke-b');
    expect(p.delivered).toBe(false);
    expect(p.hops).toEqual([{ vnetId: 'spoke-a', vnetName: 'spoke-a', subnet: 'snet-app', nextHop: 'dropped' }]);
    expect(p.drop).toMatchObject({ hop: 0, code: 'no-route' });
    expect(p.message).toBe(
      'spoke-a → spoke-b: spoke-a/snet-app has no route for 10.2.0.0/16 (peering is not transitive; hub is not a router without an appliance and a route)',
    );
    // each spoke still reaches the hub over its own peering
    const toHub = onlyPath(d, 'spoke-a', 'hub');
    expect(toHub.delivered).toBe(true);
    expect(toHub.hops[0]?.route).toEqual({ prefix: '10.0.0.0/16', source: 'system', nextHopType: 'VNetPeering' });
    expect(toHub.hops[0]?.nextHop).toBe('hub (peering)');
  });

  it('routed through the firewall with allowForwardedTraffic: delivered in two hops', () => {
    const d = smallHub({ viaFirewall: 'both', gateway: 'none' });
    const p = onlyPath(d, 'spoke-a', 'spoke-b');
    expect(p.delivered).toBe(true);
    expect(p.hops).toEqual([
      {
        vnetId: 'spoke-a', vnetName: 'spoke-a', subnet: 'snet-app', nextHop: 'afw-hub 10.0.1.4 in hub',
        route: { prefix: '10.0.0.0/8', source: 'UDR', nextHopType: 'VirtualAppliance', name: 'to-firewall', nextHopIpAddress: '10.0.1.4' },
      },
      {
        vnetId: 'hub', vnetName: 'hub', subnet: 'AzureFirewallSubnet', nextHop: 'spoke-b (peering)',
        route: { prefix: '10.2.0.0/16', source: 'system', nextHopType: 'VNetPeering' },
      },
    ]);
    expect(p.message).toBe('spoke-a → spoke-b: delivered to 10.2.0.0/16 (spoke-a/snet-app → hub/AzureFirewallSubnet → spoke-b)');
    expect(explain(d, 'spoke-b', 'spoke-a').status).toBe('reach');
  });

  it('routed through the firewall without allowForwardedTraffic: dropped entering the other spoke', () => {
    const d = smallHub({ viaFirewall: 'both', forwarded: false, gateway: 'none' });
    const p = onlyPath(d, 'spoke-a', 'spoke-b');
    expect(p.delivered).toBe(false);
    expect(p.hops.map((h) => h.vnetName)).toEqual(['spoke-a', 'hub']);
    expect(p.drop).toMatchObject({ hop: 1, code: 'forwarding-disabled' });
    expect(p.drop?.reason).toContain("spoke-b's link peer-spoke-b-to-hub to hub has allowForwardedTraffic off");
    // traffic that originates in the hub is not forwarded: the flag does not matter for it
    expect(reachBetween(d, 'spoke-a', 'hub')).toBe('reach');
  });

  it('gateway transit: spoke to on-premises through the hub gateway and back', () => {
    const d = smallHub({ gateway: 'Vpn' });
    const out = onlyPath(d, 'spoke-a', 'onprem-hq');
    expect(out.delivered).toBe(true);
    expect(out.hops[0]?.route).toEqual({ prefix: '192.168.0.0/16', source: 'gateway', nextHopType: 'VirtualNetworkGateway' });
    expect(out.hops[0]?.nextHop).toBe('onprem-hq (on-premises, through the gateway)');
    const back = onlyPath(d, 'onprem-hq', 'spoke-a');
    expect(back.delivered).toBe(true);
    expect(back.sourceSubnet).toBe('GatewaySubnet');
    expect(back.hops.map((h) => [h.vnetName, h.subnet, h.route?.nextHopType])).toEqual([['hub', 'GatewaySubnet', 'VNetPeering']]);
  });

  it('without gateway transit the spoke has no route to on-premises, and on-premises none to the spoke', () => {
    const d = smallHub({ gateway: 'Vpn', transit: false });
    const out = onlyPath(d, 'spoke-a', 'onprem-hq');
    expect(out.drop?.code).toBe('no-route');
    expect(out.message).toContain('spoke-a neither owns the gateway of onprem-hq nor uses it by gateway transit');
    const back = onlyPath(d, 'onprem-hq', 'spoke-a');
    expect(back.drop?.code).toBe('not-advertised');
    // the hub itself owns the gateway
    expect(reachBetween(d, 'hub', 'onprem-hq')).toBe('reach');
    expect(reachBetween(d, 'onprem-hq', 'hub')).toBe('reach');
  });

  it('disableBgpRoutePropagation keeps the gateway route off the subnet', () => {
    const base = smallHub({ gateway: 'Vpn', viaFirewall: 'a' });
    const d = applyOps(base, [{ op: 'updateRouteTable', routeTableId: 'rt-spoke-a', patch: { disableBgpRoutePropagation: true } }]);
    const p = onlyPath(d, 'spoke-a', 'onprem-hq');
    expect(p.drop?.code).toBe('no-route');
    expect(p.message).toContain('disables gateway route propagation');
    expect(reachBetween(base, 'spoke-a', 'onprem-hq')).toBe('reach');
  });

  it('asymmetric routing: only one spoke routes through the firewall', () => {
    // a and b are also directly peered: a's UDR for b (same /16, a UDR wins the tie) goes through the firewall
    const base = smallHub({ gateway: 'none' });
    const d = applyOps(base, [
      ...peer('spoke-a', 'spoke-b').map((l) => ({ op: 'addPeering' as const, link: l })),
      { op: 'addRouteTable', routeTable: routeTable('rt-a', [route('b-via-fw', '10.2.0.0/16', 'VirtualAppliance', '10.0.1.4')], { id: 'rt-a' }) },
      { op: 'updateSubnet', vnetId: 'spoke-a', subnetId: 'snet-spoke-a-app', patch: { routeTableId: 'rt-a' } },
    ]);
    const ab = onlyPath(d, 'spoke-a', 'spoke-b');
    expect(ab.delivered).toBe(true);
    expect(ab.hops.map((h) => h.nextHop)).toEqual(['afw-hub 10.0.1.4 in hub', 'spoke-b (peering)']);
    const ba = onlyPath(d, 'spoke-b', 'spoke-a');
    expect(ba.delivered).toBe(true);
    expect(ba.hops.map((h) => h.route?.nextHopType)).toEqual(['VNetPeering']);
  });

  it('route loop: the firewall subnet sends the packet back to the firewall', () => {
    const base = smallHub({ viaFirewall: 'both', gateway: 'none' });
    const d = applyOps(base, [
      { op: 'addRouteTable', routeTable: routeTable('rt-fw', [route('loop', '10.2.0.0/16', 'VirtualAppliance', '10.0.1.4')], { id: 'rt-fw' }) },
      { op: 'updateSubnet', vnetId: 'hub', subnetId: 'snet-hub-fw', patch: { routeTableId: 'rt-fw' } },
    ]);
    const p = onlyPath(d, 'spoke-a', 'spoke-b');
    expect(p.delivered).toBe(false);
    expect(p.drop?.code).toBe('loop');
    expect(p.hops.map((h) => `${h.vnetName}/${h.subnet}`)).toEqual(['spoke-a/snet-app', 'hub/AzureFirewallSubnet']);
    expect(p.message).toContain('routing loop');
    expect(reachBetween(d, 'spoke-b', 'spoke-a')).toBe('reach');
  });

  it('ExpressRoute gateway as next hop drops spoke-to-spoke traffic; a VPN gateway forwards it', () => {
    const withGateway = (gatewayType: 'Vpn' | 'ExpressRoute') => applyOps(smallHub({ gateway: gatewayType }), [
      { op: 'addRouteTable', routeTable: routeTable('rt-gw', [route('via-gw', '10.2.0.0/16', 'VirtualNetworkGateway')], { id: 'rt-gw' }) },
      { op: 'updateSubnet', vnetId: 'spoke-a', subnetId: 'snet-spoke-a-app', patch: { routeTableId: 'rt-gw' } },
    ]);
    const er = onlyPath(withGateway('ExpressRoute'), 'spoke-a', 'spoke-b');
    expect(er.drop?.code).toBe('er-next-hop');
    expect(er.message).toContain('an ExpressRoute gateway: only a VPN gateway forwards VNet traffic');
    const vpn = onlyPath(withGateway('Vpn'), 'spoke-a', 'spoke-b');
    expect(vpn.delivered).toBe(true);
    expect(vpn.hops.map((h) => `${h.vnetName}/${h.subnet} -> ${h.nextHop}`)).toEqual([
      'spoke-a/snet-app -> vgw-hub in hub',
      'hub/GatewaySubnet -> spoke-b (peering)',
    ]);
  });

  it('next hop with no appliance, outside any peer, and a blocked peering', () => {
    const d0 = smallHub({ viaFirewall: 'a', gateway: 'none' });
    const at = (ip: string) => applyOps(d0, [{ op: 'updateRouteTable', routeTableId: 'rt-spoke-a', patch: { routes: [route('r', '10.0.0.0/8', 'VirtualAppliance', ip)] } }]);
    expect(onlyPath(at('10.0.1.5'), 'spoke-a', 'spoke-b').drop?.code).toBe('no-appliance');
    expect(onlyPath(at('10.0.1.5'), 'spoke-a', 'spoke-b').drop?.reason).toContain('no appliance has that address in hub');
    expect(onlyPath(at('10.9.0.4'), 'spoke-a', 'spoke-b').drop?.code).toBe('next-hop-unreachable');
    const blocked = applyOps(d0, [{ op: 'updatePeering', linkId: 'hub->spoke-a', patch: { allowVirtualNetworkAccess: false } }]);
    expect(onlyPath(blocked, 'spoke-a', 'hub').drop?.code).toBe('access-blocked');
  });

  it('names the peering route GlobalVNetPeering when the regions differ', () => {
    const d = design([vnet('x', ['10.1.0.0/16']), vnet('y', ['10.2.0.0/16'], { location: 'North Europe' })], peer('x', 'y'));
    expect(onlyPath(d, 'x', 'y').hops[0]?.route).toEqual({ prefix: '10.2.0.0/16', source: 'system', nextHopType: 'GlobalVNetPeering' });
    const same = design([vnet('x', ['10.1.0.0/16']), vnet('y', ['10.2.0.0/16'], { location: 'West Europe' })], peer('x', 'y'));
    expect(onlyPath(same, 'x', 'y').hops[0]?.route?.nextHopType).toBe('VNetPeering');
  });

  it('a VNet without subnets counts as one subnet; unknown ids give undefined', () => {
    const d = design([vnet('x', ['10.1.0.0/16']), vnet('y', ['10.2.0.0/16'])], peer('x', 'y'));
    const p = onlyPath(d, 'x', 'y');
    expect(p.sourceSubnet).toBe('');
    expect(p.delivered).toBe(true);
    expect(explainReach(d, 'x', 'nope')).toBeUndefined();
    // a one-way link carries nothing
    const oneWay = design([vnet('x', ['10.1.0.0/16']), vnet('y', ['10.2.0.0/16'])], [link('x', 'y')]);
    expect(onlyPath(oneWay, 'x', 'y').drop?.code).toBe('no-route');
  });

  it('an NVA in a spoke forwards like the firewall, from its own subnet routes', () => {
    const hub = vnet('hub', ['10.0.0.0/16'], { subnets: [subnet('snet-nva', '10.0.5.0/24')], appliances: [{ id: 'nva-1', name: 'nva-1', kind: 'NVA', privateIpAddress: '10.0.5.4', subnetName: 'snet-nva' }] });
    const a = vnet('a', ['10.1.0.0/16'], { subnets: [subnet('snet-app', '10.1.1.0/24', { routeTableId: 'rt-a' })] });
    const b = vnet('b', ['10.2.0.0/16'], { subnets: [subnet('snet-app', '10.2.1.0/24')] });
    const d = design([hub, a, b], [...peer('hub', 'a', { allowForwardedTraffic: true }), ...peer('hub', 'b', { allowForwardedTraffic: true })], {
      routeTables: [routeTable('rt-a', [route('to-b', '10.2.0.0/16', 'VirtualAppliance', '10.0.5.4')], { id: 'rt-a' })],
    });
    const p = onlyPath(d, 'a', 'b');
    expect(p.delivered).toBe(true);
    expect(p.hops.map((h) => `${h.vnetName}/${h.subnet}`)).toEqual(['a/snet-app', 'hub/snet-nva']);
  });
});

describe('explainReach limits', () => {
  it('stops a chain of appliances after 8 hops', () => {
    // vnet-0 -> nva in vnet-1 -> nva in vnet-2 -> ... each VNet peered with the next, each NVA subnet
    // sending the target range to the next VNet's NVA: 10 hops are needed, 8 are allowed
    const n = 11;
    const vnets = Array.from({ length: n }, (_, i) => vnet(`v${i}`, [`10.${i}.0.0/16`], {
      subnets: [subnet('snet', `10.${i}.1.0/24`, { id: `snet-v${i}`, routeTableId: i < n - 2 ? `rt-v${i}` : undefined })],
      appliances: i > 0 ? [{ id: `nva-${i}`, name: `nva-${i}`, kind: 'NVA', privateIpAddress: `10.${i}.1.4`, subnetName: 'snet' }] : [],
    }));
    const links = vnets.slice(1).flatMap((v, i) => peer(`v${i}`, v.id, { allowForwardedTraffic: true }));
    const routeTables = Array.from({ length: n - 2 }, (_, i) => routeTable(`rt-v${i}`, [route('next', `10.${n - 1}.0.0/16`, 'VirtualAppliance', `10.${i + 1}.1.4`)], { id: `rt-v${i}` }));
    const d = design(vnets, links, { routeTables });
    const p = explainReach(d, 'v0', `v${n - 1}`)?.paths[0];
    expect(p?.drop?.code).toBe('hop-limit');
    expect(p?.hops).toHaveLength(8);
    expect(reachBetween(d, 'v0', `v${n - 1}`)).toBe('none');
    // three VNets from the end the chain is short enough
    expect(reachBetween(d, `v${n - 5}`, `v${n - 1}`)).toBe('reach');
  });
});
