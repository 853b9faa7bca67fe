/**
 * Bastion hosts, Route Servers and NVAs (issue 13 item 6), placed by the subnet their ipConfigurations
 * name: Bastion in AzureBastionSubnet (Microsoft.Network/bastionHosts), a Route Server as a
 * `virtualHubs` resource with `virtualHubs/ipConfigurations` in RouteServerSubnet (how templates and
 * the REST API declare it: https://learn.microsoft.com/azure/route-server/quickstart-create-route-server-template),
 * and an NVA as a network interface with IP forwarding on (`enableIPForwarding`,
 * https://learn.microsoft.com/azure/virtual-network/virtual-network-network-interface#enable-or-disable-ip-forwarding)
 * at its private IP address.
 */
import { arr, bool, field, refId, str } from './access';
import { vnetOfSubnetRef } from './appliances';
import type { ImportContext, ResourceItem } from './context';
import { idKey, parentId, parseResourceId } from './resourceId';

function firstConfigWithSubnet(obj: unknown): unknown {
  return arr(obj, 'ipConfigurations').find((c) => refId(c, 'subnet') !== undefined);
}

export function importBastionItem(ctx: ImportContext, item: ResourceItem): void {
  const name = str(item.obj, 'name') ?? '?';
  const config = firstConfigWithSubnet(item.obj);
  const { vnet } = vnetOfSubnetRef(ctx, refId(config, 'subnet'), `Bastion host '${name}'`);
  if (!vnet) {
    // Developer SKU Bastion names its VNet directly (virtualNetwork.id) and has no subnet
    const vnetId = refId(item.obj, 'virtualNetwork');
    if (!vnetId) {
      ctx.skip(`Bastion host '${name}'`, item.where, 'it has no ipConfiguration naming its AzureBastionSubnet');
      return;
    }
    const target = ctx.vnetOrPlaceholder(vnetId, `the VNet of Bastion host '${name}'`);
    target.bastions.push({ id: ctx.newId('bas', name), name, sku: str(field(item.obj, 'sku'), 'name') ?? 'Developer' });
    return;
  }
  vnet.bastions.push({ id: ctx.newId('bas', name), name, sku: str(field(item.obj, 'sku'), 'name') ?? 'Standard' });
}

/** `virtualHubs/ipConfigurations` in RouteServerSubnet make their hub a Route Server. */
export function importHubIpConfigItem(ctx: ImportContext, item: ResourceItem): void {
  const id = str(item.obj, 'id') ?? '';
  const hubId = parentId(id);
  const hubName = parseResourceId(id)?.names[0] ?? '?';
  const { vnet, subnetName } = vnetOfSubnetRef(ctx, refId(item.obj, 'subnet'), `Route Server '${hubName}'`);
  if (!vnet) {
    ctx.skip(`ipConfiguration of '${hubName}'`, item.where, 'it names no subnet of a virtual network');
    return;
  }
  const key = idKey(hubId);
  if (ctx.applianceKeys.has(key)) return;
  ctx.applianceKeys.add(key);
  vnet.routeServers.push({ id: ctx.newId('rs', hubName), name: hubName });
  if (subnetName && subnetName !== 'RouteServerSubnet') ctx.note(`Route Server '${hubName}' sits in subnet '${subnetName}' (Azure requires RouteServerSubnet).`);
}

/** A `virtualHubs` resource that no ipConfiguration made a Route Server is a Virtual WAN hub: not modelled. */
export function importHubItem(ctx: ImportContext, item: ResourceItem): void {
  const id = str(item.obj, 'id');
  if (id && ctx.applianceKeys.has(idKey(id))) return;
  const name = str(item.obj, 'name') ?? '?';
  ctx.skip(`virtual hub '${name}'`, item.where, refId(item.obj, 'virtualWan') ? 'it is a Virtual WAN hub, which the designer does not model' : 'no ipConfiguration places it in a RouteServerSubnet of a VNet in the input');
}

export function importNicItem(ctx: ImportContext, item: ResourceItem): void {
  const name = str(item.obj, 'name') ?? '?';
  if (bool(item.obj, 'enableIPForwarding') !== true) {
    ctx.skip(`network interface '${name}'`, item.where, 'a network interface without IP forwarding is not an appliance');
    return;
  }
  const config = firstConfigWithSubnet(item.obj);
  const { vnet, subnetName } = vnetOfSubnetRef(ctx, refId(config, 'subnet'), `NVA '${name}'`);
  if (!vnet) {
    ctx.skip(`network interface '${name}'`, item.where, 'it has no ipConfiguration naming a subnet');
    return;
  }
  const ip = str(config, 'privateIPAddress') ?? '';
  if (ip === '') ctx.note(`NVA '${name}' in '${vnet.name}' has no static private IP address in the input: routes to it cannot be checked.`);
  const vmId = refId(item.obj, 'virtualMachine');
  const applianceName = vmId ? (parseResourceId(vmId)?.names[0] ?? name) : name;
  vnet.appliances.push({ id: ctx.newId('nva', applianceName), name: applianceName, kind: 'NVA', privateIpAddress: ip, subnetName: subnetName ?? '' });
}
