/**
 * Planning aids at scale: a hub with 500 spokes (the per-VNet peering limit) built from a pool, a
 * 6-region hub and spoke with 60 spokes per hub, the address plan of the 500-spoke design (rows, sort by
 * CIDR, CSV), and free blocks of 10.0.0.0/8 around it.
 */
import { addressPlanRows, sortRows } from '../../src/plan/addressPlan';
import { addressPlanCsv } from '../../src/plan/csv';
import { poolUsage } from '../../src/plan/pools';
import { DEFAULT_HUB_SPOKE, DEFAULT_MULTI_REGION, hubAndSpoke, multiRegionHubAndSpoke } from '../../src/plan/templates';
import { medianMs, type BenchLine } from '../util';

export default async function run(): Promise<BenchLine[]> {
  const hubOptions = { ...DEFAULT_HUB_SPOKE, spokes: 500 };
  const hub = hubAndSpoke(hubOptions);
  if (!hub.ok) throw new Error(hub.errors.join());
  const multi = { ...DEFAULT_MULTI_REGION, regions: ['westeurope', 'northeurope', 'eastus', 'westus2', 'japaneast', 'brazilsouth'], spokesPerHub: 60 };
  const rows = addressPlanRows(hub.value);
  return [
    { case: 'plan:template-hub500', medianMs: medianMs(() => hubAndSpoke(hubOptions), { runs: 5 }), vnets: hub.value.vnets.length },
    { case: 'plan:template-multiregion6x60', medianMs: medianMs(() => multiRegionHubAndSpoke(multi), { runs: 5 }) },
    { case: 'plan:address-plan-hub500', medianMs: medianMs(() => addressPlanCsv(sortRows(addressPlanRows(hub.value), 'cidr', 'asc'))), rows: rows.length },
    { case: 'plan:free-blocks-10/8-hub500', medianMs: medianMs(() => poolUsage(hub.value, ['10.0.0.0/8'])) },
  ];
}
