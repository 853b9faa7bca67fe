/**
 * Importer for existing estates: `az network vnet list -o json` (optionally merged into one array with
 * `az network route-table list`, `az network vnet-gateway list`, `az network firewall list`), the
 * same resources in REST / Resource Graph shape (`properties` nested; `{ "data": [...] }` from Resource
 * Graph, `{ "value": [...] }` from a REST list call), and Azure PowerShell's objects (PascalCase; see
 * powershell.ts) [reference 10.1-10.4].
 */
import type { ImportReport, ImportResult } from '../types';
import { finishImport } from '../finalize';
import { field, isObject, str } from './access';
import { ImportContext, type ResourceItem } from './context';
import { importFirewallItem, importGatewayItem, inferFromSubnets } from './appliances';
import { importLinkItem, importVnetLinks } from './links';
import { parseResourceId } from './resourceId';
import { associateRouteTables, importRouteTableItem } from './routeTables';
import { importSubnetItem, importVnet } from './vnets';

/** The resource list inside a value, or undefined when it does not look like Azure resources. */
export function collectResources(value: unknown): ResourceItem[] | undefined {
  const items: ResourceItem[] = [];
  const addList = (list: unknown[], base: string) => {
    list.forEach((obj, i) => {
      // `jq -s .` over several outputs gives an array of arrays: accept one level of that
      if (Array.isArray(obj)) obj.forEach((inner, j) => items.push({ obj: inner, where: `${base}[${i}][${j}]` }));
      else items.push({ obj, where: `${base}[${i}]` });
    });
  };
  if (Array.isArray(value)) addList(value, '');
  else if (isObject(value)) {
    const data = value['data'] ?? value['value'];
    if (Array.isArray(data)) addList(data, 'data' in value ? 'data' : 'value');
    // one resource alone: `az ... show`, a REST GET, or one PowerShell object (`Id`, `Type`)
    else if (typeof (value['type'] ?? value['Type']) === 'string' || typeof (value['id'] ?? value['Id']) === 'string') items.push({ obj: value, where: '' });
    else return undefined;
  } else return undefined;
  return items;
}

/** Lower-cased resource type from `type`, else from the id. */
export function resourceType(obj: unknown): string {
  const type = str(obj, 'type');
  if (type) return type.toLowerCase();
  const id = str(obj, 'id');
  return (id ? parseResourceId(id)?.type : undefined) ?? '';
}

/** An item is REST-shaped when it nests its facts under `properties`. */
export function isRestShape(items: readonly ResourceItem[]): boolean {
  return items.some((i) => isObject(field(i.obj, 'properties')) && isObject(i.obj) && 'properties' in i.obj);
}

const VNET = 'microsoft.network/virtualnetworks';

export interface AzureImportOptions {
  /** VNets a template declares `existing`: placeholders unless the input describes them */
  existingVnetIds?: readonly string[];
}

export function importAzureResources(items: readonly ResourceItem[], report: ImportReport, designName: string, options: AzureImportOptions = {}): ImportResult {
  const ctx = new ImportContext(report);
  // one pass sorts the items by type (a filter per type would read a 100,000-item list a dozen times)
  const groups = new Map<string, ResourceItem[]>();
  for (const item of items) {
    const t = resourceType(item.obj);
    let g = groups.get(t);
    if (!g) groups.set(t, (g = []));
    g.push(item);
  }
  const byType = (t: string) => groups.get(t) ?? [];
  const vnetItems = byType(VNET);
  const imported = vnetItems.map((item) => ({ item, vnet: importVnet(ctx, item) }));
  for (const id of options.existingVnetIds ?? []) ctx.vnetOrPlaceholder(id, "declared 'existing' in the template");
  for (const item of byType(`${VNET}/subnets`)) importSubnetItem(ctx, item);
  // links after every VNet is known, so a remote that is in the input is never made a placeholder
  for (const { item, vnet } of imported) if (vnet) importVnetLinks(ctx, vnet, item);
  for (const item of byType(`${VNET}/virtualnetworkpeerings`)) importLinkItem(ctx, item);
  for (const item of byType('microsoft.network/routetables')) importRouteTableItem(ctx, item);
  for (const item of byType('microsoft.network/virtualnetworkgateways')) importGatewayItem(ctx, item);
  for (const item of byType('microsoft.network/azurefirewalls')) importFirewallItem(ctx, item);
  inferFromSubnets(ctx);
  associateRouteTables(ctx);
  const known = new Set([
    VNET, `${VNET}/subnets`, `${VNET}/virtualnetworkpeerings`, 'microsoft.network/routetables',
    'microsoft.network/virtualnetworkgateways', 'microsoft.network/azurefirewalls',
  ]);
  for (const [t, list] of groups) {
    if (known.has(t)) continue;
    for (const item of list) {
      ctx.skip(`${t || 'an item without a type'}${str(item.obj, 'name') ? ` '${str(item.obj, 'name')}'` : ''}`, item.where || '(top level)', 'this resource type is not part of a peering design');
    }
  }
  if (vnetItems.length === 0) ctx.note('The input lists no virtual networks.');
  return finishImport(designName, { vnets: ctx.vnets, peerings: ctx.links, routeTables: ctx.routeTables, tenants: ctx.tenants }, report);
}
