/**
 * Template: one hub and spoke per region, hubs peered globally with each other (reference 1.10).
 *
 * Each region gets one contiguous block of the pool, holding its hub and spokes, so the other regions
 * route it with a single entry. Every spoke routes through its own hub's Azure Firewall (reference 3.2);
 * each hub's AzureFirewallSubnet and shared subnet route every other region's block to that region's
 * firewall over the hub-to-hub peering. So spoke A1 -> firewall A -> firewall B -> spoke B1, and the
 * reply takes the same firewalls back: every spoke reaches every other, symmetrically.
 */
import { fail, ok, type Result } from '../../model/result';
import type { Design, VNet } from '../../model/schema';
import { AllocationError, applianceRoute, createBuilder, type TemplateBuilder } from './builder';
import { checkSpokeSizes } from './checks';
import { buildHub, buildSpokeRing, routeSpokeThroughFirewall, type HubResult } from './hub';
import { clusterCentres, originRightOf, outwardArc, ringExtent, ringPositions } from './layout';
import {
  MAX_PEERINGS_PER_VNET, MAX_ROUTES_PER_TABLE, addresses, checkInteger, checkPool, checkPoolCapacity, checkRegion,
  normaliseRegion, type MultiRegionOptions,
} from './options';

const MAX_REGIONS = 12;

export function checkMultiRegionOptions(o: MultiRegionOptions): string | undefined {
  const regions = o.regions.map(normaliseRegion);
  if (regions.length < 2) return 'Choose at least two regions.';
  if (regions.length > MAX_REGIONS) return `Choose at most ${MAX_REGIONS} regions.`;
  if (new Set(regions).size !== regions.length) return 'Each region can be chosen once.';
  const hubLinks = MAX_PEERINGS_PER_VNET - (regions.length - 1);
  return (
    o.regions.map(checkRegion).find((m) => m !== undefined) ??
    checkPool(o.pool) ??
    checkInteger('The number of spokes per hub', o.spokesPerHub, 0, hubLinks) ??
    checkSpokeSizes(o.pool, o.hubPrefixLength, o.spokePrefixLength, o.subnetsPerSpoke, { ...o.services, firewall: true }) ??
    (o.services.spokeRouting === 'spoke-ranges' && o.spokesPerHub - 1 + regions.length - 1 > MAX_ROUTES_PER_TABLE
      ? `A route per spoke and region needs more than the ${MAX_ROUTES_PER_TABLE} routes a route table holds: route 0.0.0.0/0 to the firewall instead.`
      : undefined)
  );
}

/** Prefix length of a block that holds a hub and its spokes (a power of two, aligned). */
export function regionBlockLength(o: Pick<MultiRegionOptions, 'hubPrefixLength' | 'spokePrefixLength' | 'spokesPerHub'>): number {
  const total = addresses(o.hubPrefixLength) + o.spokesPerHub * addresses(o.spokePrefixLength);
  return 32 - Math.ceil(Math.log2(total));
}

interface Region {
  name: string;
  block: string;
  hub: HubResult & { firewallIp: string };
  spokes: VNet[];
}

export function multiRegionHubAndSpoke(options: MultiRegionOptions, existing?: Design): Result<Design, string> {
  const problem = checkMultiRegionOptions(options);
  if (problem) return fail(problem);
  const names = options.regions.map(normaliseRegion);
  const blockLength = regionBlockLength(options);
  const capacity = checkPoolCapacity(
    options.pool,
    existing,
    names.length * addresses(blockLength),
    `${names.length} regions of a /${options.hubPrefixLength} hub and ${options.spokesPerHub} /${options.spokePrefixLength} spokes (a /${blockLength} each)`,
  );
  if (capacity) return fail(capacity);

  const b = createBuilder(existing);
  const hubSub = b.ensureSubscription('Connectivity');
  const reach = ringExtent(options.spokesPerHub, outwardArc(0));
  const centres = clusterCentres(originRightOf(b.design), names.map(() => reach));
  const regions: Region[] = [];
  for (const [i, name] of names.entries()) {
    const { outward, ...centre } = centres[i] ?? { x: 0, y: 0, outward: 0 };
    const block = b.reserve(options.pool, blockLength, `the ${name} region (hub and spokes)`);
    if (block instanceof AllocationError) return fail(block.message);
    const hub = buildHub(b, {
      pool: block,
      region: name,
      prefixLength: options.hubPrefixLength,
      services: { ...options.services, firewall: true },
      subscriptionId: hubSub,
      position: centre,
    });
    if (hub instanceof AllocationError) return fail(hub.message);
    if (hub.firewallIp === undefined) return fail(`No address for the firewall of ${hub.hub.name}.`);
    const ring = ringPositions(centre, options.spokesPerHub, outwardArc(outward));
    const spokes = buildSpokeRing(b, hub, {
      pool: block,
      region: name,
      prefixLength: options.spokePrefixLength,
      subnets: options.subnetsPerSpoke,
      count: options.spokesPerHub,
      namePrefix: `vnet-spoke-${name}`,
      spokeSubscriptions: options.spokeSubscriptions,
      hubSubscriptionId: hubSub,
      ring,
      centre,
    });
    if (spokes instanceof AllocationError) return fail(spokes.message);
    regions.push({ name, block, hub: { ...hub, firewallIp: hub.firewallIp }, spokes });
  }
  peerHubs(b, regions);
  for (const region of regions) routeRegion(b, region, regions, options.services.spokeRouting === 'default-route');
  return ok(b.finish());
}

/** Hub mesh: forwarded traffic allowed both ways, since packets arrive from the other hub's firewall (reference 1.8). */
function peerHubs(b: TemplateBuilder, regions: readonly Region[]): void {
  for (let i = 0; i < regions.length; i++) {
    for (let j = i + 1; j < regions.length; j++) {
      const a = regions[i];
      const c = regions[j];
      if (a && c) b.peer(a.hub.hub, c.hub.hub, { allowForwardedTraffic: true }, { allowForwardedTraffic: true });
    }
  }
}

function routeRegion(b: TemplateBuilder, region: Region, all: readonly Region[], defaultRoute: boolean): void {
  const others = all.filter((r) => r !== region);
  // Hub side: each remote region's block goes to that region's firewall (a directly peered hub). The
  // remote hub's own prefix is more specific than its block, so hub-to-hub traffic stays on the direct
  // peering both ways. A region without spokes needs no route (its block would equal its hub's prefix,
  // and the route would then win the tie against the peering route and send replies another way).
  const remote = others.filter((r) => r.spokes.length > 0);
  if (remote.length > 0) routeHub(b, region, remote);
  // Spoke side: everything not local goes to the local firewall.
  for (const spoke of region.spokes) {
    const destinations = defaultRoute
      ? [{ name: 'default-via-firewall', prefix: '0.0.0.0/0' }]
      : [
          ...region.spokes
            .filter((o) => o !== spoke)
            .flatMap((o) => o.addressPrefixes.map((prefix) => ({ name: `to-${o.name}`, prefix }))),
          ...others.map((r) => ({ name: `to-${r.name}`, prefix: r.block })),
        ];
    routeSpokeThroughFirewall(b, spoke, region.hub.firewallIp, destinations);
  }
}

/** The hub's AzureFirewallSubnet and shared subnet send each remote region's block to its firewall. */
function routeHub(b: TemplateBuilder, region: Region, remote: readonly Region[]): void {
  const hub = region.hub.hub;
  const table = b.addRouteTable({
    name: `rt-${hub.name}`,
    subscriptionId: hub.subscriptionId,
    resourceGroup: hub.resourceGroup,
    location: hub.location,
    disableBgpRoutePropagation: false,
    routes: remote.map((r) => applianceRoute(`to-${r.name}`, r.block, r.hub.firewallIp)),
  });
  const routed = new Set([region.hub.sharedSubnetId, region.hub.firewallSubnetId]);
  hub.subnets = hub.subnets.map((s) => (routed.has(s.id) ? { ...s, routeTableId: table.id } : s));
}
