/**
 * VNets and their subnets from `az network vnet list` (flattened) or REST / Resource Graph (nested
 * `properties`) [reference 10.1, 10.2]. Peering links are read in links.ts once every VNet is known.
 */
import { makeSubnet, makeVnet } from '../../model/factories';
import type { Subnet } from '../../model/schema';
import { arr, field, fieldWhere, isObject, prefixList, refId, str, strings, subnetPrefixes } from './access';
import type { ImportContext, ResourceItem, VNetDraft } from './context';
import { buildResourceId, parseResourceId } from './resourceId';

/** Subscription and resource group of a resource: from its id, else from the CLI's `resourceGroup` field. */
export function scopeOf(obj: unknown): { subscriptionId: string; resourceGroup: string } {
  const id = str(obj, 'id');
  const parsed = id ? parseResourceId(id) : undefined;
  return {
    subscriptionId: parsed?.subscriptionId || str(obj, 'subscriptionId') || 'unknown-subscription',
    resourceGroup: parsed?.resourceGroup || str(obj, 'resourceGroup') || str(obj, 'resourceGroupName') || '',
  };
}

function tagsOf(obj: unknown): Record<string, string> | undefined {
  const tags = field(obj, 'tags') ?? field(obj, 'tag');
  if (!isObject(tags)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(tags)) if (typeof v === 'string') out[k] = v;
  return Object.keys(out).length > 0 ? out : undefined;
}

function importSubnet(ctx: ImportContext, vnet: VNetDraft, raw: unknown, where: string): Subnet | undefined {
  const name = str(raw, 'name');
  if (!name) {
    ctx.skip('a subnet without a name', where, 'a subnet needs a name');
    return undefined;
  }
  const subnet = makeSubnet({ id: ctx.newId(`snet-${vnet.name}`, name), name, addressPrefixes: subnetPrefixes(raw) });
  const nsgId = refId(raw, 'networkSecurityGroup');
  if (nsgId) subnet.networkSecurityGroup = parseResourceId(nsgId)?.names[0] ?? nsgId.split('/').pop() ?? nsgId;
  const rtId = refId(raw, 'routeTable');
  if (rtId) ctx.subnetRouteTable.set(subnet.id, { vnet, rtId, where: `${where}${fieldWhere(raw, 'routeTable')}` });
  // ipConfigurations of special subnets reveal gateways, firewalls and Route Servers (appliances.ts)
  const ipConfigIds = arr(raw, 'ipConfigurations').map((c) => str(c, 'id')).filter((x): x is string => !!x);
  if (ipConfigIds.length > 0) ctx.subnetIpConfigs.push({ vnet, subnet, ids: ipConfigIds, where: `${where}${fieldWhere(raw, 'ipConfigurations')}` });
  return subnet;
}

export function importVnet(ctx: ImportContext, item: ResourceItem): VNetDraft | undefined {
  const { obj, where } = item;
  const name = str(obj, 'name');
  if (!name) {
    ctx.skip('a virtual network without a name', where, 'a VNet needs a name');
    return undefined;
  }
  const { subscriptionId, resourceGroup } = scopeOf(obj);
  const azureId = str(obj, 'id') ?? buildResourceId(subscriptionId, resourceGroup, 'Microsoft.Network/virtualNetworks', [name]);
  if (ctx.vnetByAzureId(azureId)) {
    ctx.skip(`virtual network '${name}'`, where, 'the same VNet id appears twice in the input; the first one is kept');
    return undefined;
  }
  const tenantId = str(obj, 'tenantId');
  if (tenantId) ctx.tenants.set(subscriptionId.toLowerCase(), tenantId);
  const addressPrefixes = prefixList(obj, 'addressSpace') ?? [];
  if (addressPrefixes.length === 0) ctx.note(`VNet '${name}' has no address prefixes in the input.`);
  const vnet: VNetDraft = makeVnet({
    id: ctx.newId('vnet', name),
    name,
    subscriptionId,
    resourceGroup,
    location: str(obj, 'location') ?? '',
    addressPrefixes,
    dnsServers: strings(field(field(obj, 'dhcpOptions'), 'dnsServers')),
    resourceId: azureId,
  });
  // the space a deployed VNet had when imported: a later resize needs a peering sync [reference 1.5];
  // a template describes no deployed state
  if (ctx.report.format !== 'arm-template') vnet.importedAddressPrefixes = [...addressPrefixes];
  const tags = tagsOf(obj);
  if (tags) vnet.tags = tags;
  const subnetsWhere = `${where}${fieldWhere(obj, 'subnets')}`;
  arr(obj, 'subnets').forEach((s, i) => {
    const subnet = importSubnet(ctx, vnet, s, `${subnetsWhere}[${i}]`);
    if (subnet) {
      vnet.subnets.push(subnet);
      ctx.addSubnetName(vnet, subnet.name);
    }
  });
  ctx.addVnet(vnet, azureId);
  return vnet;
}

/** A subnet listed on its own (`az network vnet subnet list`, a REST GET), added to its parent VNet or a placeholder for it. */
export function importSubnetItem(ctx: ImportContext, item: ResourceItem): void {
  const id = str(item.obj, 'id');
  const parsed = id ? parseResourceId(id) : undefined;
  if (!parsed || parsed.names.length < 2) {
    ctx.skip(`subnet '${str(item.obj, 'name') ?? '?'}'`, item.where, 'it has no resource id naming its VNet');
    return;
  }
  const vnetId = buildResourceId(parsed.subscriptionId, parsed.resourceGroup, 'Microsoft.Network/virtualNetworks', parsed.names.slice(0, 1));
  const vnet = ctx.vnetOrPlaceholder(vnetId, 'the VNet of a listed subnet');
  const name = str(item.obj, 'name');
  if (name && ctx.hasSubnet(vnet, name)) return;
  const subnet = importSubnet(ctx, vnet, item.obj, item.where);
  if (subnet) {
    vnet.subnets.push(subnet);
    ctx.addSubnetName(vnet, subnet.name);
  }
}
