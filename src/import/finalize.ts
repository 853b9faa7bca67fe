/**
 * The last step of every importer: derive subscriptions and resource groups from what was imported,
 * lay the VNets out on a simple grid (the UI offers a smarter auto-layout), and load the result through
 * `parseDesign`, the one load path.
 */
import { formatSchemaErrors, parseDesign } from '../model/parse';
import type { OnPremises, Position, ResourceGroup, RouteTable, Subscription, VNet } from '../model/schema';
import type { ImportReport, ImportResult } from './types';

const GRID_X = 300;
const GRID_Y = 220;

/** Real VNets first, then placeholders, row by row in a near-square grid. */
export function gridLayout(vnets: readonly VNet[]): Record<string, Position> {
  const ordered = [...vnets.filter((v) => !v.isPlaceholder), ...vnets.filter((v) => v.isPlaceholder)];
  const columns = Math.max(1, Math.ceil(Math.sqrt(ordered.length)));
  const positions: Record<string, Position> = {};
  ordered.forEach((v, i) => {
    positions[v.id] = { x: 80 + (i % columns) * GRID_X, y: 80 + Math.floor(i / columns) * GRID_Y };
  });
  return positions;
}

/**
 * One subscription per distinct id (compared case-insensitively: the first spelling wins and every VNet
 * and route table is rewritten to it), one resource group per distinct (subscription, name).
 */
export function deriveScopes(
  vnets: VNet[],
  routeTables: RouteTable[],
  tenants: ReadonlyMap<string, string> = new Map(),
): { subscriptions: Subscription[]; resourceGroups: ResourceGroup[] } {
  const subs = new Map<string, Subscription>();
  const rgs = new Map<string, ResourceGroup>();
  const visit = (item: { subscriptionId: string; resourceGroup: string; location: string }) => {
    const key = item.subscriptionId.toLowerCase();
    let sub = subs.get(key);
    if (!sub) {
      sub = { id: item.subscriptionId, name: item.subscriptionId, tenantId: tenants.get(key) ?? '', cloud: 'AzureCloud' };
      subs.set(key, sub);
    }
    item.subscriptionId = sub.id;
    if (item.resourceGroup === '') return;
    const rgKey = `${key}/${item.resourceGroup.toLowerCase()}`;
    const rg = rgs.get(rgKey);
    if (!rg) rgs.set(rgKey, { subscriptionId: sub.id, name: item.resourceGroup, location: item.location });
    else {
      item.resourceGroup = rg.name;
      if (rg.location === '') rg.location = item.location;
    }
  };
  for (const v of vnets) visit(v);
  for (const r of routeTables) visit(r);
  return { subscriptions: [...subs.values()], resourceGroups: [...rgs.values()] };
}

export function failedImport(report: ImportReport, error: string): ImportResult {
  return { ok: false, design: null, error, report };
}

/** Runs parseDesign on an importer's output; a failure here is a bug in the importer, reported, not thrown. */
export function finishImport(
  name: string,
  parts: { vnets: VNet[]; peerings: unknown[]; routeTables: RouteTable[]; onPremises?: OnPremises[]; tenants?: ReadonlyMap<string, string> },
  report: ImportReport,
): ImportResult {
  const { subscriptions, resourceGroups } = deriveScopes(parts.vnets, parts.routeTables, parts.tenants);
  const parsed = parseDesign({
    version: 1,
    name,
    subscriptions,
    resourceGroups,
    vnets: parts.vnets,
    routeTables: parts.routeTables,
    peerings: parts.peerings,
    onPremises: parts.onPremises ?? [],
    layout: { positions: gridLayout(parts.vnets) },
  });
  if (!parsed.ok) return failedImport(report, `the imported design is not valid: ${formatSchemaErrors(parsed.errors)}`);
  return { ok: true, design: parsed.value, report };
}
