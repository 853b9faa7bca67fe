import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validate } from '../../engine/validate';
import { cidrContains } from '../../model/cidr';
import { sampleDesign } from '../../model/sample';
import type { Design } from '../../model/schema';
import { hubAndSpoke } from './hubSpoke';
import { templateProblems } from './invariants';
import { DEFAULT_HUB_SPOKE, type HubSpokeOptions } from './options';
import { unexpectedFindings, unreachablePairs } from './testSupport';

function build(o: Partial<HubSpokeOptions>, existing?: Design): Design {
  const r = hubAndSpoke({ ...DEFAULT_HUB_SPOKE, ...o }, existing);
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.value;
}

const servicesArb = fc.record({
  gateway: fc.constantFrom('none', 'Vpn', 'ExpressRoute') as fc.Arbitrary<'none' | 'Vpn' | 'ExpressRoute'>,
  firewall: fc.boolean(),
  bastion: fc.boolean(),
  routeServer: fc.boolean(),
  spokeRouting: fc.constantFrom('default-route', 'spoke-ranges') as fc.Arbitrary<'default-route' | 'spoke-ranges'>,
});

const optionsArb = fc.record({
  region: fc.constantFrom('westeurope', 'eastus', 'Japan East', 'southafricanorth', 'westus', 'UK West'),
  pool: fc.constantFrom('10.0.0.0/12', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', '10.128.0.0/9'),
  spokes: fc.integer({ min: 1, max: 24 }),
  hubPrefixLength: fc.integer({ min: 20, max: 24 }),
  spokePrefixLength: fc.integer({ min: 22, max: 27 }),
  subnetsPerSpoke: fc.integer({ min: 1, max: 4 }),
  services: servicesArb,
  spokeSubscriptions: fc.constantFrom('hub', 'own') as fc.Arbitrary<'hub' | 'own'>,
});

describe('hub and spoke template', () => {
  it('builds the hub services with their special subnets and a firewall at .4 of AzureFirewallSubnet', () => {
    const d = build({ services: { gateway: 'ExpressRoute', firewall: true, bastion: true, routeServer: true, spokeRouting: 'default-route' } });
    const hub = d.vnets.find((v) => v.name === 'vnet-hub-westeurope');
    expect(hub?.addressPrefixes).toEqual(['10.0.0.0/22']);
    const sizes = Object.fromEntries((hub?.subnets ?? []).map((s) => [s.name, s.addressPrefixes[0]?.split('/')[1]]));
    expect(sizes).toMatchObject({ GatewaySubnet: '27', AzureFirewallSubnet: '26', AzureBastionSubnet: '26', RouteServerSubnet: '26' });
    const fwSubnet = hub?.subnets.find((s) => s.name === 'AzureFirewallSubnet')?.addressPrefixes[0] ?? '';
    expect(hub?.appliances[0]?.privateIpAddress).toBe(`${fwSubnet.split('.').slice(0, 3).join('.')}.4`);
    expect(hub?.gateways.map((g) => [g.gatewayType, g.sku])).toEqual([['ExpressRoute', 'ErGw1AZ']]);
    expect(hub?.routeServers).toHaveLength(1);
    expect(hub?.bastions).toHaveLength(1);
  });

  it('a VPN gateway beside a Route Server is active-active (issue 11, defect 9); without Route Server it is not', () => {
    const services = { gateway: 'Vpn' as const, firewall: false, bastion: false, spokeRouting: 'default-route' as const };
    const withRs = build({ services: { ...services, routeServer: true } }).vnets.find((v) => v.name.startsWith('vnet-hub'));
    expect(withRs?.gateways.map((g) => [g.sku, g.activeActive, g.asn])).toEqual([['VpnGw1AZ', true, undefined]]);
    const without = build({ services: { ...services, routeServer: false } }).vnets.find((v) => v.name.startsWith('vnet-hub'));
    expect(without?.gateways.map((g) => g.activeActive)).toEqual([false]);
  });

  it('in a region without availability zones the gateways get the non-AZ SKU, and the design has no deployment finding', () => {
    for (const gateway of ['Vpn', 'ExpressRoute'] as const) {
      const d = build({ region: 'westus', spokes: 2, services: { gateway, firewall: true, bastion: true, routeServer: true, spokeRouting: 'default-route' } });
      expect(d.vnets.flatMap((v) => v.gateways.map((g) => g.sku))).toEqual([gateway === 'Vpn' ? 'VpnGw1' : 'Standard']);
      expect(unexpectedFindings(d, false)).toEqual([]);
    }
  });

  it('peers spokes with gateway transit and forwarded traffic, and routes them through the firewall', () => {
    const d = build({ spokes: 3 });
    const hub = d.vnets.find((v) => v.name.startsWith('vnet-hub'));
    const spoke = d.vnets.find((v) => v.name === 'vnet-spoke-02');
    const hubToSpoke = d.peerings.find((p) => p.from === hub?.id && p.to === spoke?.id);
    const spokeToHub = d.peerings.find((p) => p.from === spoke?.id && p.to === hub?.id);
    expect(hubToSpoke).toMatchObject({ allowGatewayTransit: true, useRemoteGateways: false, allowForwardedTraffic: true });
    expect(spokeToHub).toMatchObject({ allowGatewayTransit: false, useRemoteGateways: true, allowForwardedTraffic: true });
    const rt = d.routeTables.find((t) => t.id === spoke?.subnets[0]?.routeTableId);
    expect(rt?.routes).toEqual([
      { name: 'default-via-firewall', addressPrefix: '0.0.0.0/0', nextHopType: 'VirtualAppliance', nextHopIpAddress: hub?.appliances[0]?.privateIpAddress },
    ]);
    expect(spoke?.subnets.every((s) => s.routeTableId === rt?.id)).toBe(true);
  });

  it('with per-spoke routes, each spoke routes every other spoke (and not itself) to the firewall', () => {
    const d = build({ spokes: 4, services: { ...DEFAULT_HUB_SPOKE.services, spokeRouting: 'spoke-ranges' } });
    const spokes = d.vnets.filter((v) => v.name.startsWith('vnet-spoke'));
    for (const s of spokes) {
      const rt = d.routeTables.find((t) => t.id === s.subnets[0]?.routeTableId);
      const others = spokes.filter((o) => o !== s).flatMap((o) => o.addressPrefixes);
      expect(rt?.routes.map((r) => r.addressPrefix).sort()).toEqual(others.sort());
    }
  });

  it('puts each spoke in its own subscription when asked, with route tables in the spoke subscription', () => {
    const d = build({ spokes: 3, spokeSubscriptions: 'own' });
    expect(d.subscriptions).toHaveLength(4);
    const subs = new Set(d.vnets.map((v) => v.subscriptionId));
    expect(subs.size).toBe(4);
    for (const t of d.routeTables) {
      const user = d.vnets.find((v) => v.subnets.some((s) => s.routeTableId === t.id));
      expect(t.subscriptionId).toBe(user?.subscriptionId);
    }
    expect(unexpectedFindings(d, false)).toEqual([]);
  });

  it('across a range of inputs: structurally sound, and no error or warning finding (TRANSIT_GAP only without a firewall)', () => {
    fc.assert(
      fc.property(optionsArb, (o) => {
        const r = hubAndSpoke(o);
        if (!r.ok) {
          // the only refusals in this range are hubs too small for the services: a clear message
          expect(r.errors[0]).toMatch(/hub is too small/);
          return;
        }
        expect(templateProblems(r.value)).toEqual([]);
        expect(unexpectedFindings(r.value, !o.services.firewall)).toEqual([]);
        // with a firewall every spoke reaches every other through it
        if (o.services.firewall) expect(unreachablePairs(r.value)).toEqual([]);
        expect(r.value.vnets).toHaveLength(o.spokes + 1);
        expect(r.value.peerings).toHaveLength(2 * o.spokes);
        for (const v of r.value.vnets) expect(v.addressPrefixes.every((p) => cidrContains(o.pool, p))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('without a firewall the spokes are isolated: one deliberate TRANSIT_GAP, and no spoke reaches another', () => {
    const d = build({ spokes: 3, services: { ...DEFAULT_HUB_SPOKE.services, firewall: false } });
    const codes = validate(d).filter((f) => f.severity !== 'info').map((f) => f.code);
    expect(codes).toEqual(['TRANSIT_GAP']);
    expect(unreachablePairs(d)).toHaveLength(3 * 2);
    expect(d.routeTables).toEqual([]);
    expect(d.peerings.every((p) => !p.allowForwardedTraffic)).toBe(true);
  });

  it('a pool too small gives a clear message, not a design', () => {
    const r = hubAndSpoke({ ...DEFAULT_HUB_SPOKE, pool: '10.0.0.0/22', spokes: 4 });
    expect(r).toEqual({
      ok: false,
      errors: ['The pool 10.0.0.0/22 is too small: a /22 hub and 4 /24 spokes need 2,048 addresses, the pool has 1,024 free. Choose a larger pool or fewer or smaller VNets.'],
    });
    const crowded = hubAndSpoke({ ...DEFAULT_HUB_SPOKE, pool: '10.0.0.0/21', spokes: 4 }, build({ pool: '10.0.0.0/21', spokes: 1 }));
    expect(crowded.ok).toBe(false);
    if (!crowded.ok) expect(crowded.errors[0]).toMatch(/^The pool 10\.0\.0\.0\/21 is too small: .*already used/);
  });

  it('refuses bad options with a message', () => {
    const msg = (o: Partial<HubSpokeOptions>) => {
      const r = hubAndSpoke({ ...DEFAULT_HUB_SPOKE, ...o });
      return r.ok ? 'ok' : r.errors[0];
    };
    expect(msg({ pool: 'banana' })).toMatch(/not CIDR notation/);
    expect(msg({ pool: '8.8.0.0/16' })).toMatch(/not private address space/);
    expect(msg({ pool: '10.0.0.1/16' })).toMatch(/host bits/);
    expect(msg({ pool: 'fd00::/48' })).toMatch(/IPv4/);
    expect(msg({ spokes: Number.NaN })).toMatch(/number of spokes must be a whole number from 1 to 500/);
    expect(msg({ spokes: 501 })).toMatch(/from 1 to 500/);
    expect(msg({ hubPrefixLength: 25 })).toBe('A /25 hub is too small for the chosen services: it needs at least /24 (176 addresses).');
    expect(msg({ spokePrefixLength: 29, subnetsPerSpoke: 2 })).toMatch(/cannot hold 2 subnets/);
    expect(msg({ region: 'West Europe!' })).toMatch(/not an Azure region name/);
    expect(msg({ pool: '10.0.0.0/24', hubPrefixLength: 22 })).toMatch(/larger than the whole pool/);
  });

  it('added to an existing design: avoids every used prefix, keeps ids unique, and places the new group to the right', () => {
    const existing = sampleDesign();
    const d = build({ pool: '10.0.0.0/12', spokes: 3 }, existing);
    expect(templateProblems(d)).toEqual([]);
    expect(d.vnets).toHaveLength(existing.vnets.length + 4);
    const oldMaxX = Math.max(...Object.values(existing.layout.positions).map((p) => p.x));
    for (const v of d.vnets.slice(existing.vnets.length)) expect(d.layout.positions[v.id]?.x ?? 0).toBeGreaterThan(oldMaxX);
    // existing objects are untouched
    expect(d.vnets.slice(0, existing.vnets.length)).toEqual(existing.vnets);
    // twice over: still no overlap, names made unique
    const twice = build({ pool: '10.0.0.0/12', spokes: 3 }, d);
    expect(templateProblems(twice)).toEqual([]);
    expect(new Set(twice.vnets.map((v) => v.name.toLowerCase())).size).toBe(twice.vnets.length);
    expect(twice.vnets.map((v) => v.name)).toContain('vnet-hub-westeurope-2');
  });

  it('lays the hub out in the centre of its spokes', () => {
    const d = build({ spokes: 8 });
    const hub = d.vnets[0];
    const hubPos = d.layout.positions[hub?.id ?? ''];
    const spokePos = d.vnets.slice(1).map((v) => d.layout.positions[v.id]);
    const cx = spokePos.reduce((s, p) => s + (p?.x ?? 0), 0) / spokePos.length;
    const cy = spokePos.reduce((s, p) => s + (p?.y ?? 0), 0) / spokePos.length;
    expect(Math.abs(cx - (hubPos?.x ?? 0))).toBeLessThan(2);
    expect(Math.abs(cy - (hubPos?.y ?? 0))).toBeLessThan(2);
    const dist = spokePos.map((p) => Math.hypot((p?.x ?? 0) - (hubPos?.x ?? 0), (p?.y ?? 0) - (hubPos?.y ?? 0)));
    expect(Math.min(...dist)).toBeGreaterThanOrEqual(300);
  });
});
