/**
 * fast-check arbitraries for whole designs that pass `parseDesign`: unique ids, links and intents that
 * point at existing VNets, subnets that point at existing route tables, on-premises sites that point at
 * existing gateways (with or without connection details). Strings mix readable names, derived names (the share format shortens those) and
 * arbitrary Unicode; prefixes mix canonical IPv4, host bits, IPv6 and junk, as files really contain.
 */
import fc from 'fast-check';
import type {
  Appliance, Design, Gateway, OnPremises, PeeringLink, Planning, RouteTable, Subnet, VNet,
} from '../src/model/schema';

const anyText = fc.oneof(
  fc.constantFrom('', 'vnet-hub', 'snet-app', 'rg-network', 'westeurope', '<img src=x onerror=alert(1)>'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);
const idText = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 });

const octet = fc.integer({ min: 0, max: 255 });
export const prefixArb: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(octet, octet, fc.integer({ min: 8, max: 30 })).map(([a, b, len]) => {
    const addr = ((10 * 256 + a) * 256 + b) * 256;
    const block = 2 ** (32 - len);
    const net = Math.floor(addr / block) * block;
    return `${[24, 16, 8, 0].map((s) => Math.floor(net / 2 ** s) % 256).join('.')}/${len}`;
  }),
  fc.tuple(octet, octet, octet, octet, fc.integer({ min: 0, max: 32 })).map(([a, b, c, d, len]) => `${a}.${b}.${c}.${d}/${len}`),
  fc.constantFrom('10.0.0.1/16', '010.0.0.0/8', 'fd00:1::/64', '2001:db8::/32', 'not a prefix', ''),
);
const prefixes = (max: number) => fc.array(prefixArb, { maxLength: max });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
/** Drops keys whose value is undefined, as zod does for absent optional fields. */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function vnetArb(id: string, subIds: string[], routeTableIds: string[]): fc.Arbitrary<VNet> {
  const subnet = (i: number): fc.Arbitrary<Subnet> =>
    fc.record({
      name: anyText,
      addressPrefixes: prefixes(3),
      routeTableId: routeTableIds.length ? maybe(fc.constantFrom(...routeTableIds)) : fc.constant(undefined),
      networkSecurityGroup: maybe(anyText),
      derived: fc.boolean(),
    }).map(({ derived, ...s }) => defined({ ...s, id: derived ? `${id}-${s.name || 'x'}` : `${id}/s${i}` }));
  const gateway: fc.Arbitrary<Omit<Gateway, 'id'>> = fc.record({
    name: anyText,
    gatewayType: fc.constantFrom('Vpn' as const, 'ExpressRoute' as const),
    sku: fc.constantFrom('VpnGw1AZ', 'ErGw1AZ', 'Basic'),
    activeActive: fc.boolean(),
    asn: maybe(fc.integer({ min: 1, max: 4294967295 })),
  });
  const appliance: fc.Arbitrary<Omit<Appliance, 'id'>> = fc.record({
    name: anyText,
    kind: fc.constantFrom('AzureFirewall' as const, 'NVA' as const),
    privateIpAddress: fc.constantFrom('10.0.1.4', '', 'x'),
    subnetName: anyText,
    sku: maybe(fc.constantFrom('Basic' as const, 'Standard' as const, 'Premium' as const)),
  });
  return fc.record({
    name: fc.oneof(fc.constant(id), anyText),
    subscriptionId: fc.constantFrom(...subIds),
    resourceGroup: anyText,
    location: anyText,
    addressPrefixes: prefixes(3),
    isClassic: fc.boolean(),
    dnsServers: fc.array(anyText, { maxLength: 2 }),
    subnetCount: fc.integer({ min: 0, max: 4 }),
    gateways: fc.array(gateway, { maxLength: 2 }),
    routeServers: fc.array(anyText, { maxLength: 1 }),
    appliances: fc.array(appliance, { maxLength: 2 }),
    bastions: fc.array(fc.record({ name: anyText, sku: anyText }), { maxLength: 1 }),
    importedAddressPrefixes: maybe(prefixes(2)),
    isPlaceholder: fc.boolean(),
    resourceId: maybe(anyText),
    tags: maybe(fc.dictionary(fc.string({ maxLength: 6 }).filter((k) => k !== '__proto__'), anyText, { maxKeys: 3 })),
  }).chain(({ subnetCount, ...v }) =>
    fc.tuple(...Array.from({ length: subnetCount }, (_, i) => subnet(i))).map((subnets) =>
      defined({
        ...v,
        id,
        subnets,
        gateways: v.gateways.map((g, i) => defined({ ...g, id: `${id}/gw${i}` })),
        routeServers: v.routeServers.map((name, i) => ({ id: `${id}/rs${i}`, name })),
        appliances: v.appliances.map((a, i) => defined({ ...a, id: `${id}/nva${i}` })),
        bastions: v.bastions.map((b, i) => ({ ...b, id: `${id}/bas${i}` })),
      }),
    ),
  );
}

const routeTableArb = (id: string, subIds: string[]): fc.Arbitrary<RouteTable> =>
  fc.record({
    name: anyText,
    subscriptionId: fc.constantFrom(...subIds),
    resourceGroup: anyText,
    location: anyText,
    disableBgpRoutePropagation: fc.boolean(),
    routes: fc.array(
      fc.record({
        name: anyText,
        addressPrefix: prefixArb,
        nextHopType: fc.constantFrom('VirtualNetworkGateway' as const, 'VnetLocal' as const, 'Internet' as const, 'VirtualAppliance' as const, 'None' as const),
        nextHopIpAddress: maybe(anyText),
      }).map(defined),
      { maxLength: 3 },
    ),
  }).map((t) => ({ ...t, id }));

const coord = fc.oneof(fc.integer({ min: -5000, max: 5000 }).map((n) => n * 10), fc.integer({ min: -100000, max: 100000 }));

export const designArb: fc.Arbitrary<Design> = fc
  .record({
    ids: fc.uniqueArray(idText, { minLength: 0, maxLength: 8 }),
    subIds: fc.uniqueArray(idText, { minLength: 1, maxLength: 3 }),
    rtCount: fc.integer({ min: 0, max: 2 }),
  })
  .chain(({ ids, subIds, rtCount }) => {
    const vnetIds = ids.map((i) => `v:${i}`);
    const rtIds = Array.from({ length: rtCount }, (_, i) => `rt${i}`);
    return fc
      .record({
        name: anyText,
        subscriptions: fc.tuple(...subIds.map((id) => fc.record({
          name: anyText, tenantId: anyText,
          cloud: fc.constantFrom('AzureCloud' as const, 'AzureUSGovernment' as const, 'AzureChinaCloud' as const),
        }).map((s) => ({ ...s, id })))),
        resourceGroups: fc.array(fc.record({ subscriptionId: fc.constantFrom(...subIds), name: anyText, location: anyText }), { maxLength: 2 }),
        routeTables: fc.tuple(...rtIds.map((id) => routeTableArb(id, subIds))),
        vnets: fc.tuple(...vnetIds.map((id) => vnetArb(id, subIds, rtIds))),
        onPrem: fc.array(fc.record({
          name: anyText, addressRanges: prefixes(2), gw: fc.nat(),
          connectionType: maybe(fc.constantFrom('IPsec' as const, 'ExpressRoute' as const)),
          gatewayIpAddress: maybe(fc.oneof(fc.constantFrom('203.0.113.10', '10.0.0.1', '', 'not an ip'), anyText)),
          fqdn: maybe(fc.oneof(fc.constantFrom('vpn.example.com', ''), anyText)),
          bgp: maybe(fc.record({
            asn: fc.oneof(fc.constantFrom(1, 65010, 65515, 4294967295), fc.integer({ min: 1, max: 4294967295 })),
            peeringAddress: fc.oneof(fc.constantFrom('192.168.255.254', '169.254.21.1'), anyText),
          })),
          expressRouteCircuitId: maybe(fc.oneof(
            fc.constant('/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/er'),
            anyText,
          )),
        }), { maxLength: 2 }),
        links: fc.array(fc.record({
          from: fc.constantFrom('', ...vnetIds), to: fc.constantFrom('', ...vnetIds), name: fc.option(anyText, { nil: undefined }),
          access: fc.boolean(), fwd: fc.boolean(), transit: fc.boolean(), remote: fc.boolean(),
          state: maybe(fc.constantFrom('Initiated' as const, 'Connected' as const, 'Disconnected' as const)),
          sync: maybe(fc.constantFrom('FullyInSync' as const, 'RemoteNotInSync' as const, 'LocalNotInSync' as const, 'LocalAndRemoteNotInSync' as const)),
          remoteAddressPrefixes: maybe(prefixes(2)),
        }), { maxLength: vnetIds.length ? 10 : 0 }),
        expects: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 3 }),
        positions: fc.array(fc.tuple(fc.nat(), coord, coord, fc.boolean()), { maxLength: 10 }),
        traffic: fc.option(fc.array(fc.tuple(fc.nat(), fc.oneof(fc.nat(), fc.double({ min: 0, max: 1e6, noNaN: true }))), { maxLength: 3 }), { nil: undefined }),
        prices: maybe(fc.dictionary(fc.constantFrom('vnetPeeringIntraRegion', 'x', 'y'), fc.double({ min: 0, max: 10, noNaN: true }))),
        pricesDate: maybe(anyText),
      })
      .map((r): Design => {
        const gatewayIds = r.vnets.flatMap((v) => v.gateways.map((g) => g.id));
        const onPremises: OnPremises[] = r.onPrem.map(({ gw, ...o }, i) => defined({
          ...o, id: `op${i}`,
          gatewayId: gatewayIds.length && gw % 2 === 0 ? gatewayIds[gw % gatewayIds.length] : undefined,
        }));
        const peerings: PeeringLink[] = r.links.filter((l) => l.from && l.to).map((l, i) => defined({
          id: `link${i}`, name: l.name ?? `${l.from}-to-${l.to}`, from: l.from, to: l.to,
          allowVirtualNetworkAccess: l.access, allowForwardedTraffic: l.fwd, allowGatewayTransit: l.transit,
          useRemoteGateways: l.remote, peeringState: l.state, peeringSyncLevel: l.sync,
          remoteAddressPrefixes: l.remoteAddressPrefixes,
        }));
        const endpoints = [...vnetIds, ...onPremises.map((o) => o.id)];
        const intents = endpoints.length === 0 ? [] : r.expects.map(([a, b, isReach], i) => ({
          id: `intent${i}`, from: endpoints[a % endpoints.length] ?? '', to: endpoints[b % endpoints.length] ?? '',
          expect: isReach ? ('reach' as const) : ('isolated' as const),
        }));
        const positions: Record<string, { x: number; y: number }> = {};
        for (const [k, x, y, isKnown] of r.positions) {
          const key = isKnown && endpoints.length ? (endpoints[k % endpoints.length] ?? 'x') : `free-${k % 50}`;
          positions[key] = { x, y };
        }
        const design: Design = {
          version: 1, name: r.name, subscriptions: r.subscriptions, resourceGroups: r.resourceGroups,
          vnets: r.vnets, routeTables: r.routeTables, onPremises, peerings, intents, layout: { positions },
        };
        if (r.traffic !== undefined) {
          const planning: Planning = defined({
            trafficGbPerMonth: Object.fromEntries(r.traffic.map(([k, gb]) => [peerings[k % (peerings.length || 1)]?.id ?? `gone${k}`, gb])),
            prices: r.prices, pricesDate: r.pricesDate,
          });
          design.planning = planning;
        }
        return design;
      });
  });
