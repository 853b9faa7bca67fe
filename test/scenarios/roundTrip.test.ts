/**
 * Round trip: ARM export -> `importAny` (the ARM importer) -> the same network facts (VNets with their
 * subscription, resource group, region and prefixes, subnets with their route table and NSG, gateways,
 * route tables and routes, links with their four flags) for every golden scenario and for random valid
 * designs. Placeholders are not exported, so they come back as placeholders referenced by the links.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toArmTemplate } from '../../src/export/arm';
import { importAny } from '../../src/import';
import type { Design, PeeringLink, VNet } from '../../src/model/schema';
import { design as makeDesign, routeTable, route, subnet, subscription, vnet, vpnGateway, erGateway } from '../builders';
import { loadScenario, scenarioNames } from './scenarioFiles';

const by = <T>(key: (x: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/** The network facts an export must carry, keyed by names (ids are not part of a deployment). */
function facts(d: Design) {
  const vnetName = new Map(d.vnets.map((v) => [v.id, v.name]));
  const rtName = new Map(d.routeTables.map((r) => [r.id, r.name]));
  const real = d.vnets.filter((v) => !v.isPlaceholder);
  const realIds = new Set(real.map((v) => v.id));
  return {
    vnets: real
      .map((v: VNet) => ({
        name: v.name,
        subscriptionId: v.subscriptionId,
        resourceGroup: v.resourceGroup.toLowerCase(),
        location: v.location,
        addressPrefixes: [...v.addressPrefixes].sort(),
        dnsServers: [...v.dnsServers],
        subnets: v.subnets
          .map((s) => ({ name: s.name, addressPrefixes: [...s.addressPrefixes].sort(), routeTable: s.routeTableId === undefined ? null : rtName.get(s.routeTableId), nsg: s.networkSecurityGroup ?? null }))
          .sort(by((s) => s.name)),
        gateways: v.gateways.map((g) => ({ name: g.name, gatewayType: g.gatewayType, sku: g.sku, activeActive: g.activeActive, asn: g.asn ?? null })).sort(by((g) => g.name)),
      }))
      .sort(by((v) => `${v.subscriptionId}/${v.resourceGroup}/${v.name}`)),
    links: d.peerings
      .filter((l: PeeringLink) => realIds.has(l.from))
      .map((l) => ({
        name: l.name,
        from: vnetName.get(l.from),
        to: vnetName.get(l.to),
        allowVirtualNetworkAccess: l.allowVirtualNetworkAccess,
        allowForwardedTraffic: l.allowForwardedTraffic,
        allowGatewayTransit: l.allowGatewayTransit,
        useRemoteGateways: l.useRemoteGateways,
      }))
      .sort(by((l) => `${l.from}/${l.name}`)),
    routeTables: d.routeTables
      .map((r) => ({
        name: r.name,
        resourceGroup: r.resourceGroup.toLowerCase(),
        disableBgpRoutePropagation: r.disableBgpRoutePropagation,
        routes: r.routes.map((x) => ({ ...x, nextHopIpAddress: x.nextHopType === 'VirtualAppliance' ? x.nextHopIpAddress : undefined })).sort(by((x) => x.name)),
      }))
      .sort(by((r) => r.name)),
  };
}

function roundTrip(d: Design): Design {
  const imported = importAny(toArmTemplate(d));
  if (!imported.ok) throw new Error(imported.error);
  return imported.design;
}

describe('ARM export -> ARM importer round trip', () => {
  for (const name of scenarioNames()) {
    it(`${name}: same network facts`, () => {
      const d = loadScenario(name);
      const back = roundTrip(d);
      expect(facts(back)).toEqual(facts(d));
      for (const p of d.vnets.filter((v) => v.isPlaceholder)) {
        expect(back.vnets.find((v) => v.name === p.name)?.isPlaceholder, p.name).toBe(true);
      }
    });
  }

  /** Random valid designs: Azure-valid unique names, 1-3 subscriptions and groups, 2 regions. */
  const designArb = fc
    .record({
      count: fc.integer({ min: 1, max: 7 }),
      subs: fc.integer({ min: 1, max: 3 }),
      rgs: fc.integer({ min: 1, max: 3 }),
      seedFlags: fc.array(fc.tuple(fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean()), { minLength: 60, maxLength: 60 }),
      pairs: fc.uniqueArray(fc.tuple(fc.nat(6), fc.nat(6)), { maxLength: 14, selector: ([a, b]) => `${a}-${b}` }),
      placement: fc.array(fc.tuple(fc.nat(2), fc.nat(2), fc.boolean(), fc.nat(3)), { minLength: 7, maxLength: 7 }),
      routes: fc.array(fc.tuple(fc.nat(255), fc.constantFrom('VirtualAppliance' as const, 'Internet' as const, 'None' as const, 'VnetLocal' as const)), { maxLength: 3 }),
    })
    .map(({ count, subs, rgs, seedFlags, pairs, placement, routes }) => {
      const subIds = Array.from({ length: subs }, (_, i) => `00000000-0000-0000-0000-00000000000${i + 1}`);
      const rt = routeTable('rt-spokes', routes.map(([n, t]) => route(`r-${n}`, `10.${n}.0.0/16`, t, t === 'VirtualAppliance' ? '10.0.1.4' : undefined)), { resourceGroup: 'rg-0' });
      const vnets = Array.from({ length: count }, (_, i) => {
        const [s, g, hasGw, kind] = placement[i] ?? [0, 0, false, 0];
        return vnet(`vnet-${i}`, [`10.${i + 1}0.0.0/16`, ...(kind === 3 ? [`fd00:${i}::/48`] : [])], {
          subscriptionId: subIds[s % subs] ?? subIds[0] ?? '',
          resourceGroup: `rg-${g % rgs}`,
          location: kind === 2 ? 'eastus' : 'westeurope',
          isPlaceholder: kind === 1 && i > 0,
          subnets: [
            subnet('snet-app', `10.${i + 1}0.1.0/24`, { id: `s-${i}`, ...(i % 2 === 0 && routes.length ? { routeTableId: rt.id } : {}), ...(i % 3 === 0 ? { networkSecurityGroup: `nsg-${i}` } : {}) }),
            ...(hasGw ? [subnet('GatewaySubnet', `10.${i + 1}0.255.0/27`, { id: `gs-${i}` })] : []),
          ],
          gateways: hasGw ? [kind === 0 ? vpnGateway(`vgw-${i}`, { id: `g-${i}`, asn: 65000 + i }) : erGateway(`ergw-${i}`, { id: `g-${i}` })] : [],
        });
      });
      const links = pairs
        .filter(([a, b]) => a < count && b < count && a !== b)
        .map(([a, b], k) => {
          const [access, fwd, transit, remote] = seedFlags[k] ?? [true, false, false, false];
          return { id: `l-${a}-${b}`, name: `peer-${a}-to-${b}`, from: `vnet-${a}`, to: `vnet-${b}`, allowVirtualNetworkAccess: access, allowForwardedTraffic: fwd, allowGatewayTransit: transit, useRemoteGateways: remote };
        });
      const rgList = vnets.filter((v) => !v.isPlaceholder).map((v) => ({ subscriptionId: v.subscriptionId, name: v.resourceGroup, location: v.location }));
      return makeDesign(vnets, links, {
        subscriptions: subIds.map((id, i) => subscription(id, { name: `Subscription ${i + 1}` })),
        resourceGroups: [...new Map(rgList.map((g) => [`${g.subscriptionId}/${g.name}`, g])).values()],
        routeTables: routes.length ? [rt] : [],
      });
    });

  it('random valid designs: same network facts (property)', () => {
    fc.assert(
      fc.property(designArb, (d) => {
        expect(facts(roundTrip(d))).toEqual(facts(d));
      }),
      { numRuns: 60 },
    );
  });
});
