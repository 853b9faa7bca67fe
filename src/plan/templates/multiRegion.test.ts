import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cidrContains } from '../../model/cidr';
import type { Design } from '../../model/schema';
import { templateProblems } from './invariants';
import { multiRegionHubAndSpoke, regionBlockLength } from './multiRegion';
import { DEFAULT_MULTI_REGION, type MultiRegionOptions } from './options';
import { unexpectedFindings, unreachablePairs } from './testSupport';

function build(o: Partial<MultiRegionOptions>, existing?: Design): Design {
  const r = multiRegionHubAndSpoke({ ...DEFAULT_MULTI_REGION, ...o }, existing);
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.value;
}

describe('multi-region hub and spoke template', () => {
  it('peers the hubs globally in a full mesh and each spoke with its own hub only', () => {
    const d = build({ regions: ['westeurope', 'northeurope', 'eastus'], spokesPerHub: 2 });
    const hubs = d.vnets.filter((v) => v.name.startsWith('vnet-hub-'));
    expect(hubs.map((h) => h.location)).toEqual(['westeurope', 'northeurope', 'eastus']);
    for (const a of hubs) {
      for (const b of hubs) {
        if (a !== b) expect(d.peerings.find((p) => p.from === a.id && p.to === b.id)).toMatchObject({ allowForwardedTraffic: true, useRemoteGateways: false });
      }
    }
    for (const s of d.vnets.filter((v) => v.name.startsWith('vnet-spoke-'))) {
      const peers = d.peerings.filter((p) => p.from === s.id).map((p) => d.vnets.find((v) => v.id === p.to));
      expect(peers).toHaveLength(1);
      expect(peers[0]?.location).toBe(s.location);
      expect(peers[0]?.name).toBe(`vnet-hub-${s.location}`);
    }
  });

  it('gives each region one block and routes remote blocks to the remote hub firewall', () => {
    const d = build({ regions: ['westeurope', 'eastus'], spokesPerHub: 3 });
    // a /22 hub and three /24 spokes need 1,792 addresses: a /21 per region
    expect(regionBlockLength(DEFAULT_MULTI_REGION)).toBe(21);
    const weu = d.vnets.find((v) => v.name === 'vnet-hub-westeurope');
    const eus = d.vnets.find((v) => v.name === 'vnet-hub-eastus');
    const rtWeu = d.routeTables.find((t) => t.name === 'rt-vnet-hub-westeurope');
    expect(rtWeu?.routes).toEqual([
      { name: 'to-eastus', addressPrefix: '10.0.8.0/21', nextHopType: 'VirtualAppliance', nextHopIpAddress: eus?.appliances[0]?.privateIpAddress },
    ]);
    // the hub route table serves the firewall subnet and the shared subnet, not GatewaySubnet or Bastion
    const routed = weu?.subnets.filter((s) => s.routeTableId === rtWeu?.id).map((s) => s.name).sort();
    expect(routed).toEqual(['AzureFirewallSubnet', 'snet-shared']);
    for (const v of d.vnets.filter((x) => x.location === 'eastus')) {
      expect(v.addressPrefixes.every((p) => cidrContains('10.0.8.0/21', p))).toBe(true);
    }
    const spoke = d.vnets.find((v) => v.name === 'vnet-spoke-eastus-01');
    const rtSpoke = d.routeTables.find((t) => t.id === spoke?.subnets[0]?.routeTableId);
    expect(rtSpoke?.routes[0]).toMatchObject({ addressPrefix: '0.0.0.0/0', nextHopIpAddress: eus?.appliances[0]?.privateIpAddress });
  });

  it('per-range spoke routes cover the other local spokes and the remote regions', () => {
    const d = build({ regions: ['westeurope', 'eastus'], spokesPerHub: 2, services: { ...DEFAULT_MULTI_REGION.services, spokeRouting: 'spoke-ranges' } });
    const spoke = d.vnets.find((v) => v.name === 'vnet-spoke-westeurope-01');
    const other = d.vnets.find((v) => v.name === 'vnet-spoke-westeurope-02');
    const rt = d.routeTables.find((t) => t.id === spoke?.subnets[0]?.routeTableId);
    expect(rt?.routes.map((r) => r.addressPrefix)).toEqual([other?.addressPrefixes[0], '10.0.8.0/21']);
    expect(unexpectedFindings(d, false)).toEqual([]);
  });

  it('across a range of inputs: structurally sound and without error or warning findings', () => {
    const arb = fc.record({
      pool: fc.constantFrom('10.0.0.0/12', '10.64.0.0/10', '172.16.0.0/12'),
      regions: fc.shuffledSubarray(['westeurope', 'northeurope', 'eastus', 'westus2', 'japaneast', 'brazilsouth', 'westus', 'canadaeast'], { minLength: 2 }),
      spokesPerHub: fc.integer({ min: 0, max: 8 }),
      hubPrefixLength: fc.integer({ min: 21, max: 24 }),
      spokePrefixLength: fc.integer({ min: 22, max: 26 }),
      subnetsPerSpoke: fc.integer({ min: 1, max: 4 }),
      services: fc.record({
        gateway: fc.constantFrom('none', 'Vpn', 'ExpressRoute') as fc.Arbitrary<'none' | 'Vpn' | 'ExpressRoute'>,
        bastion: fc.boolean(),
        routeServer: fc.boolean(),
        spokeRouting: fc.constantFrom('default-route', 'spoke-ranges') as fc.Arbitrary<'default-route' | 'spoke-ranges'>,
      }),
      spokeSubscriptions: fc.constantFrom('hub', 'own') as fc.Arbitrary<'hub' | 'own'>,
    });
    fc.assert(
      fc.property(arb, (o) => {
        const r = multiRegionHubAndSpoke(o);
        if (!r.ok) {
          expect(r.errors[0]).toMatch(/hub is too small/);
          return;
        }
        expect(templateProblems(r.value)).toEqual([]);
        expect(unexpectedFindings(r.value, false)).toEqual([]);
        // every spoke (and hub) reaches every other, across regions, through the hub firewalls
        expect(unreachablePairs(r.value)).toEqual([]);
        expect(r.value.vnets).toHaveLength(o.regions.length * (1 + o.spokesPerHub));
      }),
      { numRuns: 40 },
    );
  });

  it('keeps regions apart on the canvas, each hub in the centre of its spokes', () => {
    const d = build({ regions: ['westeurope', 'northeurope', 'eastus'], spokesPerHub: 6 });
    const pos = (name: string) => {
      const v = d.vnets.find((x) => x.name === name);
      return d.layout.positions[v?.id ?? ''] ?? { x: NaN, y: NaN };
    };
    const hubs = ['westeurope', 'northeurope', 'eastus'].map((r) => pos(`vnet-hub-${r}`));
    const spokeRadius = Math.max(
      ...['westeurope', 'northeurope', 'eastus'].flatMap((r) =>
        [1, 2, 3, 4, 5, 6].map((i) => {
          const s = pos(`vnet-spoke-${r}-0${i}`);
          const h = pos(`vnet-hub-${r}`);
          return Math.hypot(s.x - h.x, s.y - h.y);
        }),
      ),
    );
    const spokes = d.vnets.filter((v) => v.name.startsWith('vnet-spoke-')).map((v) => pos(v.name));
    for (let i = 0; i < hubs.length; i++) {
      for (let j = i + 1; j < hubs.length; j++) {
        const a = hubs[i] ?? { x: 0, y: 0 };
        const b = hubs[j] ?? { x: 0, y: 0 };
        // two spoke rings and a gap fit between any two hubs
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(2 * spokeRadius + 200);
        // and the straight hub-to-hub line passes no spoke closely (spokes sit on the outer side)
        for (const s of spokes) expect(distanceToSegment(s, a, b)).toBeGreaterThan(150);
      }
    }
  });

  it('refuses bad region choices and a pool too small, with a clear message', () => {
    const msg = (o: Partial<MultiRegionOptions>) => {
      const r = multiRegionHubAndSpoke({ ...DEFAULT_MULTI_REGION, ...o });
      return r.ok ? 'ok' : r.errors[0];
    };
    expect(msg({ regions: ['westeurope'] })).toBe('Choose at least two regions.');
    expect(msg({ regions: ['westeurope', 'West Europe'] })).toBe('Each region can be chosen once.');
    expect(msg({ pool: '10.0.0.0/20' })).toBe(
      'The pool 10.0.0.0/20 is too small: 3 regions of a /22 hub and 3 /24 spokes (a /21 each) need 6,144 addresses, the pool has 4,096 free. Choose a larger pool or fewer or smaller VNets.',
    );
  });

  it('added to an existing design: new regions avoid it, and ids stay unique', () => {
    const first = build({ regions: ['westeurope', 'eastus'], spokesPerHub: 1 });
    const second = build({ regions: ['westeurope', 'eastus'], spokesPerHub: 1 }, first);
    expect(templateProblems(second)).toEqual([]);
    expect(unexpectedFindings(second, false)).toEqual([]);
    expect(second.vnets).toHaveLength(8);
  });
});

function distanceToSegment(p: { x: number; y: number }, a: { x: number; y: number }, b: { x: number; y: number }): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}
