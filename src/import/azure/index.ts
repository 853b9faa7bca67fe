/**
 * Importer for existing estates: `az network vnet list -o json` (optionally merged into one array with
 * `az network route-table list`, `az network vnet-gateway list`, `az network firewall list`), the
 * same resources in REST / Resource Graph shape (`properties` nested; `{ "data": [...] }` from Resource
 * Graph, `{ "value": [...] }` from a REST list call), and Azure PowerShell's objects (PascalCase; see
 * powershell.ts) [reference 10.1-10.4].
 */
import type { ImportReport, ImportResult } from '../types';
import { finishImport } from '../finalize';
import { readJson } from '../json';
import { field, isObject, str, type JsonObject } from './access';
import { ImportContext, type ResourceItem } from './context';
import { importFirewallItem, importGatewayItem, inferFromSubnets } from './appliances';
import { importLinkItem, importVnetLinks } from './links';
import { parseResourceId } from './resourceId';
import { associateRouteTables, importRouteTableItem } from './routeTables';
import { importSubnetItem, importVnet } from './vnets';
import { importBastionItem, importHubIpConfigItem, importHubItem, importNicItem } from './hosts';
import { importConnectionItem, importLocalGatewayItems } from './onPremises';

/** The longest `properties` text parsed from a Resource Graph row (a row is one resource: 1 MB is far above any real one). */
const MAX_ROW_PROPERTIES = 1024 * 1024;

/**
 * A Resource Graph row whose `properties` is JSON text (CSV exports and some `az graph query` tools write
 * it so), with the text read; other items unchanged. A row whose text cannot be read keeps the text,
 * and the importer then reports what it lacks.
 */
function readRowProperties(obj: unknown): unknown {
  if (!isObject(obj)) return obj;
  const props = obj['properties'];
  if (typeof props !== 'string' || props.length > MAX_ROW_PROPERTIES || !props.trimStart().startsWith('{')) return obj;
  const parsed = readJson(props);
  if (!parsed.ok || !isObject(parsed.value)) return obj;
  return { ...obj, properties: parsed.value };
}

/** Resource Graph's table result (`resultFormat: table`): `{ columns: [{ name }], rows: [[...]] }` -> one object per row. */
function tableRows(data: JsonObject): unknown[] | undefined {
  const columns = data['columns'];
  const rows = data['rows'];
  if (!Array.isArray(columns) || !Array.isArray(rows)) return undefined;
  const names = columns.map((c) => (isObject(c) && typeof c['name'] === 'string' ? c['name'] : ''));
  return rows.map((row) => {
    if (!Array.isArray(row)) return row;
    const obj: JsonObject = {};
    names.forEach((n, i) => {
      if (n !== '' && n !== '__proto__') obj[n] = row[i];
    });
    return obj;
  });
}

/** The resource list inside a value, or undefined when it does not look like Azure resources. */
export function collectResources(value: unknown): ResourceItem[] | undefined {
  const items: ResourceItem[] = [];
  const addList = (list: unknown[], base: string) => {
    list.forEach((obj, i) => {
      // `jq -s .` over several outputs gives an array of arrays: accept one level of that
      if (Array.isArray(obj)) obj.forEach((inner, j) => items.push({ obj: readRowProperties(inner), where: `${base}[${i}][${j}]` }));
      else items.push({ obj: readRowProperties(obj), where: `${base}[${i}]` });
    });
  };
  if (Array.isArray(value)) addList(value, '');
  else if (isObject(value)) {
    const data = value['data'] ?? value['value'];
    const key = 'data' in value ? 'data' : 'value';
    const table = isObject(data) ? tableRows(data) : undefined;
    if (Array.isArray(data)) addList(data, key);
    else if (table) addList(table, `${key}.rows`);
    // `az network vnet create` prints `{ "newVNet": { ... } }`
    else if (isObject(value['newVNet'])) items.push({ obj: value['newVNet'], where: 'newVNet' });
    // one resource alone: `az ... show`, a REST GET, or one PowerShell object (`Id`, `Type`)
    else if (typeof (value['type'] ?? value['Type']) === 'string' || typeof (value['id'] ?? value['Id']) === 'string') items.push({ obj: readRowProperties(value), where: '' });
    else return undefined;
  } else return undefined;
  return items;
}

/**
 * What a lone resource body without `id`, `name` and `type` looks like (a pasted `properties` object, or
 * a resource with them cut off): the message names what it seems to be and what is missing, or undefined.
 */
export function describeBareProperties(value: unknown): string | undefined {
  if (!isObject(value)) return undefined;
  const props = isObject(value['properties']) && Object.keys(value).length <= 2 ? value['properties'] : value;
  const keys = new Set(Object.keys(props).map((k) => k.toLowerCase()));
  const kind =
    keys.has('addressspace') ? 'a virtual network'
    : keys.has('remotevirtualnetwork') ? 'a peering'
    : keys.has('addressprefix') || keys.has('addressprefixes') ? 'a subnet'
    : keys.has('routes') ? 'a route table'
    : keys.has('gatewaytype') ? 'a virtual network gateway'
    : undefined;
  if (!kind) return undefined;
  return (
    `this looks like the properties of ${kind} without the resource around them: its "id", "name" and "type" are missing, ` +
    'so neither its name nor its subscription and resource group are known; paste the whole resource ' +
    '(az network vnet show -o json, or the REST GET response)'
  );
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
  /** VNet items (by object) whose address space a template left unknown: imported as placeholders */
  unknownAddressSpace?: ReadonlyMap<unknown, string>;
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
  for (const { item, vnet } of imported) {
    const where = options.unknownAddressSpace?.get(item.obj);
    if (!vnet || where === undefined) continue;
    vnet.isPlaceholder = true;
    ctx.note(
      `VNet '${vnet.name}' (${item.where}): its address space depends on a value the input does not give (see the skipped items at ${item.where}.${where}): ` +
        'kept as a placeholder whose space is unknown; give the parameters to import it fully.',
    );
  }
  for (const id of options.existingVnetIds ?? []) ctx.vnetOrPlaceholder(id, "declared 'existing' in the template");
  for (const item of byType(`${VNET}/subnets`)) importSubnetItem(ctx, item);
  // links after every VNet is known, so a remote that is in the input is never made a placeholder
  for (const { item, vnet } of imported) if (vnet) importVnetLinks(ctx, vnet, item);
  for (const item of byType(`${VNET}/virtualnetworkpeerings`)) importLinkItem(ctx, item);
  for (const item of byType('microsoft.network/routetables')) importRouteTableItem(ctx, item);
  for (const item of byType('microsoft.network/virtualnetworkgateways')) importGatewayItem(ctx, item);
  for (const item of byType('microsoft.network/azurefirewalls')) importFirewallItem(ctx, item);
  for (const item of byType('microsoft.network/bastionhosts')) importBastionItem(ctx, item);
  for (const item of byType('microsoft.network/virtualhubs/ipconfigurations')) importHubIpConfigItem(ctx, item);
  for (const item of byType('microsoft.network/networkinterfaces')) importNicItem(ctx, item);
  inferFromSubnets(ctx);
  for (const item of byType('microsoft.network/virtualhubs')) importHubItem(ctx, item);
  const sites = importLocalGatewayItems(ctx, byType('microsoft.network/localnetworkgateways'));
  for (const item of byType('microsoft.network/connections')) importConnectionItem(ctx, item, sites);
  associateRouteTables(ctx);
  const known = new Set([
    VNET, `${VNET}/subnets`, `${VNET}/virtualnetworkpeerings`, 'microsoft.network/routetables',
    'microsoft.network/virtualnetworkgateways', 'microsoft.network/azurefirewalls', 'microsoft.network/bastionhosts',
    'microsoft.network/virtualhubs', 'microsoft.network/virtualhubs/ipconfigurations', 'microsoft.network/networkinterfaces',
    'microsoft.network/localnetworkgateways', 'microsoft.network/connections',
  ]);
  for (const [t, list] of groups) {
    if (known.has(t)) continue;
    for (const item of list) {
      ctx.skip(`${t || 'an item without a type'}${str(item.obj, 'name') ? ` '${str(item.obj, 'name')}'` : ''}`, item.where || '(top level)', 'this resource type is not part of a peering design');
    }
  }
  if (vnetItems.length === 0) ctx.note('The input lists no virtual networks.');
  return finishImport(designName, { vnets: ctx.vnets, peerings: ctx.links, routeTables: ctx.routeTables, onPremises: ctx.onPremises, tenants: ctx.tenants }, report);
}
