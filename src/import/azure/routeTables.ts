/**
 * Route tables with their routes [reference 5.5] and their subnet associations, which Azure records on
 * both sides: `subnet.routeTable.id` and the table's read-only `subnets[].id`.
 */
import { NextHopTypeSchema, type Route, type RouteTable } from '../../model/schema';
import { arr, bool, fieldWhere, str } from './access';
import type { ImportContext, ResourceItem } from './context';
import { idKey, parseResourceId } from './resourceId';
import { scopeOf } from './vnets';

export function importRouteTableItem(ctx: ImportContext, item: ResourceItem): void {
  const name = str(item.obj, 'name');
  const azureId = str(item.obj, 'id');
  if (!name) {
    ctx.skip('a route table without a name', item.where, 'a route table needs a name');
    return;
  }
  const { subscriptionId, resourceGroup } = scopeOf(item.obj);
  const routes: Route[] = [];
  const routesWhere = `${item.where}${fieldWhere(item.obj, 'routes')}`;
  arr(item.obj, 'routes').forEach((raw, i) => {
    const routeName = str(raw, 'name') ?? `route-${i + 1}`;
    const hop = NextHopTypeSchema.safeParse(str(raw, 'nextHopType'));
    const addressPrefix = str(raw, 'addressPrefix');
    // a route to a service tag (`Storage`, `AzureCloud.westeurope`) has a name instead of a prefix
    const isServiceTag = addressPrefix !== undefined && /^[A-Za-z][A-Za-z0-9.]*$/.test(addressPrefix);
    if (!hop.success || addressPrefix === undefined || isServiceTag) {
      const why =
        addressPrefix === undefined ? 'it has no addressPrefix'
        : isServiceTag ? `it routes the service tag '${addressPrefix}', which the designer does not model`
        : `next hop type "${str(raw, 'nextHopType') ?? 'missing'}" is not one the designer models`;
      ctx.skip(`route '${routeName}' of route table '${name}'`, `${routesWhere}[${i}]`, why);
      return;
    }
    const route: Route = { name: routeName, addressPrefix, nextHopType: hop.data };
    const ip = str(raw, 'nextHopIpAddress');
    if (ip) route.nextHopIpAddress = ip;
    routes.push(route);
  });
  const table: RouteTable = {
    id: ctx.newId('rt', name),
    name,
    subscriptionId,
    resourceGroup,
    location: str(item.obj, 'location') ?? '',
    disableBgpRoutePropagation: bool(item.obj, 'disableBgpRoutePropagation') ?? false,
    routes,
  };
  ctx.routeTables.push(table);
  if (azureId) ctx.routeTablesByKey.set(idKey(azureId), table);
  // associations recorded on the table side
  for (const s of arr(item.obj, 'subnets')) {
    const subnetId = str(s, 'id');
    const parsed = subnetId ? parseResourceId(subnetId) : undefined;
    if (!parsed || parsed.names.length < 2 || !azureId) continue;
    ctx.tableSideAssociations.push({ subnetAzureId: subnetId ?? '', rtId: azureId });
  }
}

/** Resolves every association once all VNets and tables are read; unknown tables are reported, not guessed. */
export function associateRouteTables(ctx: ImportContext): void {
  const subnetsByAzureId = new Map<string, { vnetIdx: number; subnetId: string }>();
  ctx.vnets.forEach((v, vnetIdx) => {
    if (!v.resourceId) return;
    for (const s of v.subnets) subnetsByAzureId.set(idKey(`${v.resourceId}/subnets/${s.name}`), { vnetIdx, subnetId: s.id });
  });
  for (const { subnetAzureId, rtId } of ctx.tableSideAssociations) {
    const hit = subnetsByAzureId.get(idKey(subnetAzureId));
    const vnet = hit ? ctx.vnets[hit.vnetIdx] : undefined;
    if (hit && vnet && !ctx.subnetRouteTable.has(hit.subnetId)) ctx.subnetRouteTable.set(hit.subnetId, { vnet, rtId, where: rtId });
  }
  for (const [subnetId, { vnet, rtId, where }] of ctx.subnetRouteTable) {
    const table = ctx.routeTablesByKey.get(idKey(rtId));
    const subnet = vnet.subnets.find((s) => s.id === subnetId);
    if (!subnet) continue;
    if (table) subnet.routeTableId = table.id;
    else {
      const rtName = parseResourceId(rtId)?.names[0] ?? rtId;
      ctx.skip(
        `route table '${rtName}' of subnet '${vnet.name}/${subnet.name}'`,
        where,
        `the route table is not in the input (add '${ctx.listCommand('routeTables')}' output to check routing)`,
      );
    }
  }
}
