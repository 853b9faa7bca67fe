import { describe, expect, it } from 'vitest';
import { applyOps } from '../../../model/ops';
import { smallHub } from '../../../../test/generators';
import { routeNextHopUnreachable } from './routeNextHopUnreachable';

const withNextHop = (ip: string) =>
  applyOps(smallHub({ gateway: 'none', viaFirewall: 'both' }), ['rt-spoke-a', 'rt-spoke-b'].map((id) => ({
    op: 'updateRouteTable' as const, routeTableId: id, patch: { routes: [{ name: 'to-firewall', addressPrefix: '10.0.0.0/8', nextHopType: 'VirtualAppliance' as const, nextHopIpAddress: ip }] },
  })));

describe('ROUTE_NEXT_HOP_UNREACHABLE', () => {
  it('is raised when the next-hop IP lies in no own or peered VNet', () => {
    const found = routeNextHopUnreachable(withNextHop('10.50.0.4'));
    expect(found).toHaveLength(2);
    expect(found[0]?.severity).toBe('warning');
    expect(found[0]?.message).toBe(
      "Route 'to-firewall' (10.0.0.0/8) of route table 'rt-spoke-a' sends traffic to 10.50.0.4, used by 'spoke-a', but it lies in no VNet that is the route's own VNet or directly peered with it: packets are dropped.",
    );
  });

  it('is raised when the IP lies in the peered hub but no appliance has it', () => {
    const found = routeNextHopUnreachable(withNextHop('10.0.1.5'));
    expect(found.map((f) => f.vnets)).toEqual([['spoke-a'], ['spoke-b']]);
    expect(found[0]?.message).toContain("no appliance has that address in 'hub'");
  });

  it('is not raised for the hub firewall, nor for an invalid IP (ROUTE_NEXT_HOP_INVALID)', () => {
    expect(routeNextHopUnreachable(withNextHop('10.0.1.4'))).toEqual([]);
    expect(routeNextHopUnreachable(withNextHop('not-an-ip'))).toEqual([]);
  });

  it('is raised when the appliance sits in a VNet that is not peered', () => {
    const d = smallHub({ gateway: 'none', viaFirewall: 'both' });
    const unpeered = { ...d, peerings: d.peerings.filter((l) => !l.id.includes('spoke-b')) };
    expect(routeNextHopUnreachable(unpeered).map((f) => f.vnets)).toEqual([['spoke-b']]);
  });
});
