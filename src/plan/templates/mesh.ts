/**
 * Template: a full mesh. Every VNet peers with every other one directly, in both directions, so every
 * pair talks without forwarding (peering is not transitive, reference 1.3: a mesh needs no hub).
 * VNets are spread evenly over the chosen regions; links across regions are global peerings (1.10).
 */
import { fail, ok, type Result } from '../../model/result';
import type { Design, VNet } from '../../model/schema';
import { AllocationError, createBuilder } from './builder';
import { checkVnetSize, checkWorkloadSubnets } from './checks';
import { buildSpoke } from './hub';
import { originRightOf, ringExtent, ringPositions } from './layout';
import { MAX_MESH, addresses, checkInteger, checkPool, checkPoolCapacity, checkRegion, normaliseRegion, type MeshOptions } from './options';

export function checkMeshOptions(o: MeshOptions): string | undefined {
  if (o.regions.length === 0) return 'Choose at least one region.';
  return (
    o.regions.map(checkRegion).find((m) => m !== undefined) ??
    checkPool(o.pool) ??
    checkInteger('The number of VNets', o.count, 2, MAX_MESH) ??
    checkVnetSize('A VNet', o.pool, o.prefixLength) ??
    checkWorkloadSubnets('VNet', o.prefixLength, o.subnetsPerVnet)
  );
}

export function mesh(options: MeshOptions, existing?: Design): Result<Design, string> {
  const problem = checkMeshOptions(options);
  if (problem) return fail(problem);
  const regions = options.regions.map(normaliseRegion);
  const capacity = checkPoolCapacity(
    options.pool,
    existing,
    options.count * addresses(options.prefixLength),
    `${options.count} /${options.prefixLength} VNets`,
  );
  if (capacity) return fail(capacity);

  const b = createBuilder(existing);
  const origin = originRightOf(b.design);
  const reach = ringExtent(options.count);
  const centre = { x: origin.x + reach, y: origin.y + reach };
  const ring = ringPositions(centre, options.count);
  const shared = options.subscriptions === 'shared' ? b.ensureSubscription('Connectivity') : undefined;
  const members: VNet[] = [];
  for (let i = 0; i < options.count; i++) {
    // contiguous runs per region, so each region forms one arc of the ring
    const region = regions[Math.floor((i * regions.length) / options.count)] ?? 'westeurope';
    const baseName = `vnet-mesh-${String(i + 1).padStart(2, '0')}`;
    const vnet = buildSpoke(b, {
      pool: options.pool,
      region,
      prefixLength: options.prefixLength,
      subnets: options.subnetsPerVnet,
      baseName,
      subscriptionId: shared ?? b.ensureSubscription(`Landing zone ${baseName}`),
      position: ring[i] ?? centre,
    });
    if (vnet instanceof AllocationError) return fail(vnet.message);
    members.push(vnet);
  }
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const a = members[i];
      const c = members[j];
      if (a && c) b.peer(a, c, {}, {});
    }
  }
  return ok(b.finish());
}
