/**
 * Template: hub and spoke in one region. The hub holds the chosen services; spokes peer with the hub
 * only. With a gateway or Route Server the spokes use it by gateway transit (reference 1.7). With an
 * Azure Firewall every spoke routes through it (reference 3.2), so spokes reach each other; without
 * one they are isolated from each other by design (peering is not transitive, reference 1.3), which
 * the engine reports as TRANSIT_GAP.
 */
import { fail, ok, type Result } from '../../model/result';
import type { Design } from '../../model/schema';
import { AllocationError, createBuilder } from './builder';
import { buildHub, buildSpokeRing, hubMinimumAddresses, routeSpokeThroughFirewall } from './hub';
import { originRightOf, ringExtent, ringPositions } from './layout';
import {
  MAX_PEERINGS_PER_VNET, MAX_ROUTES_PER_TABLE, addresses, checkInteger, checkPool, checkPoolCapacity, checkRegion,
  normaliseRegion, type HubSpokeOptions,
} from './options';
import { checkSpokeSizes } from './checks';

export function checkHubSpokeOptions(o: HubSpokeOptions): string | undefined {
  return (
    checkRegion(o.region) ??
    checkPool(o.pool) ??
    checkInteger('The number of spokes', o.spokes, 1, MAX_PEERINGS_PER_VNET) ??
    checkSpokeSizes(o.pool, o.hubPrefixLength, o.spokePrefixLength, o.subnetsPerSpoke, o.services) ??
    (o.services.firewall && o.services.spokeRouting === 'spoke-ranges' && o.spokes - 1 > MAX_ROUTES_PER_TABLE
      ? `A route per other spoke needs ${o.spokes - 1} routes, more than the ${MAX_ROUTES_PER_TABLE} a route table holds: route 0.0.0.0/0 to the firewall instead.`
      : undefined)
  );
}

export function hubAndSpoke(options: HubSpokeOptions, existing?: Design): Result<Design, string> {
  const problem = checkHubSpokeOptions(options);
  if (problem) return fail(problem);
  const region = normaliseRegion(options.region);
  const needed = addresses(options.hubPrefixLength) + options.spokes * addresses(options.spokePrefixLength);
  const capacity = checkPoolCapacity(
    options.pool,
    existing,
    needed,
    `a /${options.hubPrefixLength} hub and ${options.spokes} /${options.spokePrefixLength} spoke${options.spokes === 1 ? '' : 's'}`,
  );
  if (capacity) return fail(capacity);

  const b = createBuilder(existing);
  const origin = originRightOf(b.design);
  const reach = ringExtent(options.spokes);
  const centre = { x: origin.x + reach, y: origin.y + reach };
  const hubSub = b.ensureSubscription('Connectivity');
  const hub = buildHub(b, {
    pool: options.pool,
    region,
    prefixLength: options.hubPrefixLength,
    services: options.services,
    subscriptionId: hubSub,
    position: centre,
  });
  if (hub instanceof AllocationError) return fail(hub.message);

  const ring = ringPositions(centre, options.spokes);
  const spokes = buildSpokeRing(b, hub, {
    pool: options.pool,
    region,
    prefixLength: options.spokePrefixLength,
    subnets: options.subnetsPerSpoke,
    count: options.spokes,
    namePrefix: 'vnet-spoke',
    spokeSubscriptions: options.spokeSubscriptions,
    hubSubscriptionId: hubSub,
    ring,
    centre,
  });
  if (spokes instanceof AllocationError) return fail(spokes.message);
  if (hub.firewallIp !== undefined) {
    for (const spoke of spokes) {
      const destinations =
        options.services.spokeRouting === 'default-route'
          ? [{ name: 'default-via-firewall', prefix: '0.0.0.0/0' }]
          : spokes
              .filter((other) => other !== spoke)
              .flatMap((other) => other.addressPrefixes.map((prefix) => ({ name: `to-${other.name}`, prefix })));
      routeSpokeThroughFirewall(b, spoke, hub.firewallIp, destinations);
    }
  }
  return ok(b.finish());
}

/** Re-exported for the dialog's hint about the smallest hub. */
export { hubMinimumAddresses };
