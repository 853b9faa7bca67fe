/**
 * Gateways, Azure Firewalls and Route Servers. Listed resources (`az network vnet-gateway list`,
 * `az network firewall list`, REST, Get-AzVirtualNetworkGateway, Get-AzFirewall) give the full facts; without them a VNet's `GatewaySubnet`,
 * `AzureFirewallSubnet` or `RouteServerSubnet` still reveals one through its ipConfigurations
 * [reference 10.4 item 7], and the importer records what it can and says what it assumed.
 */
import { formatAddress, parseCidr } from '../../model/cidr';
import type { Gateway } from '../../model/schema';
import { arr, bool, field, refId, str } from './access';
import type { ImportContext, ResourceItem, VNetDraft } from './context';
import { buildResourceId, idKey, parentId, parseResourceId } from './resourceId';

/**
 * The VNet owning the subnet an ipConfiguration points at; a VNet outside the input becomes a
 * placeholder (issue 13 item 1: a gateway or firewall GET alone still shows where it sits).
 */
export function vnetOfSubnetRef(ctx: ImportContext, subnetId: string | undefined, what: string): { vnet?: VNetDraft; subnetName?: string } {
  if (!subnetId) return {};
  const parsed = parseResourceId(subnetId);
  if (!parsed || parsed.names.length < 2 || !parsed.type.startsWith('microsoft.network/virtualnetworks/subnets')) return {};
  const vnetId = buildResourceId(parsed.subscriptionId, parsed.resourceGroup, 'Microsoft.Network/virtualNetworks', parsed.names.slice(0, 1));
  return { vnet: ctx.vnetOrPlaceholder(vnetId, `the VNet of ${what}`), subnetName: parsed.names[1] };
}

function firstSubnetRef(obj: unknown): string | undefined {
  for (const c of arr(obj, 'ipConfigurations')) {
    const id = refId(c, 'subnet');
    if (id) return id;
  }
  return undefined;
}

export function importGatewayItem(ctx: ImportContext, item: ResourceItem): void {
  const name = str(item.obj, 'name') ?? '?';
  const type = str(item.obj, 'gatewayType');
  if (type !== 'Vpn' && type !== 'ExpressRoute') {
    ctx.skip(`gateway '${name}'`, item.where, `gateway type "${type ?? 'missing'}" is not a VPN or ExpressRoute gateway`);
    return;
  }
  const { vnet } = vnetOfSubnetRef(ctx, firstSubnetRef(item.obj), `gateway '${name}'`);
  if (!vnet) {
    ctx.skip(`gateway '${name}'`, item.where, 'it has no ipConfiguration naming its GatewaySubnet');
    return;
  }
  const azureId = str(item.obj, 'id');
  if (azureId) ctx.applianceKeys.add(idKey(azureId));
  const gateway: Gateway = {
    id: ctx.newId('gw', name),
    name,
    gatewayType: type,
    sku: str(field(item.obj, 'sku'), 'name') ?? '',
    activeActive: bool(item.obj, 'activeActive') ?? false,
  };
  const asn = field(field(item.obj, 'bgpSettings'), 'asn');
  if (bool(item.obj, 'enableBgp') && typeof asn === 'number' && Number.isInteger(asn) && asn >= 1 && asn <= 4294967295) gateway.asn = asn;
  vnet.gateways.push(gateway);
  if (azureId) ctx.gatewaysByKey.set(idKey(azureId), gateway);
}

/**
 * Azure Firewall takes the first usable address of AzureFirewallSubnet (the 4th: Azure reserves .0-.3
 * of every subnet [reference 2.2]); used only when the input does not give the address.
 */
function predictedFirewallIp(vnet: VNetDraft, subnetName: string): string | undefined {
  const subnet = vnet.subnets.find((s) => s.name.toLowerCase() === subnetName.toLowerCase());
  const prefix = subnet?.addressPrefixes.find((p) => !p.includes(':'));
  const range = prefix ? parseCidr(prefix) : undefined;
  if (!range?.ok || range.value.family !== 4) return undefined;
  return formatAddress(range.value.start + 4n, 4);
}

export function importFirewallItem(ctx: ImportContext, item: ResourceItem): void {
  const name = str(item.obj, 'name') ?? '?';
  const configs = arr(item.obj, 'ipConfigurations');
  const withSubnet = configs.find((c) => refId(c, 'subnet') !== undefined);
  const { vnet, subnetName } = vnetOfSubnetRef(ctx, withSubnet ? refId(withSubnet, 'subnet') : undefined, `firewall '${name}'`);
  if (!vnet) {
    const hub = refId(item.obj, 'virtualHub');
    ctx.skip(`firewall '${name}'`, item.where, hub ? 'it is a Virtual WAN hub firewall, which the designer does not model' : 'it has no ipConfiguration naming its AzureFirewallSubnet');
    return;
  }
  const azureId = str(item.obj, 'id');
  if (azureId) ctx.applianceKeys.add(idKey(azureId));
  let ip = str(withSubnet, 'privateIPAddress') ?? '';
  if (ip === '') {
    const predicted = predictedFirewallIp(vnet, subnetName ?? 'AzureFirewallSubnet');
    ip = predicted ?? '';
    ctx.note(
      predicted
        ? `Firewall '${name}' has no private IP address in the input: assumed ${predicted}, the first usable address of its subnet.`
        : `Firewall '${name}' has no private IP address in the input.`,
    );
  }
  const tier = str(field(item.obj, 'sku'), 'tier');
  vnet.appliances.push({
    id: ctx.newId('fw', name),
    name,
    kind: 'AzureFirewall',
    privateIpAddress: ip,
    subnetName: subnetName ?? 'AzureFirewallSubnet',
    ...(tier === 'Basic' || tier === 'Standard' || tier === 'Premium' ? { sku: tier } : {}),
  });
}

/**
 * After the listed resources: a special subnet whose ipConfigurations point at a gateway, firewall or
 * Route Server (a virtualHubs ipConfiguration) not listed in the input gets an entry with what is known.
 */
export function inferFromSubnets(ctx: ImportContext): void {
  for (const { vnet, subnet, ids, where } of ctx.subnetIpConfigs) {
    const seen = new Set<string>();
    for (const configId of ids) {
      const parsed = parseResourceId(configId);
      if (!parsed) continue;
      const ownerId = parentId(configId);
      const key = idKey(ownerId);
      if (ctx.applianceKeys.has(key) || seen.has(key)) continue;
      seen.add(key);
      const ownerName = parsed.names[0] ?? '?';
      if (parsed.type.startsWith('microsoft.network/virtualnetworkgateways/')) {
        ctx.applianceKeys.add(key);
        // the subnet reference does not say VPN or ExpressRoute, nor the SKU
        const gateway: Gateway = { id: ctx.newId('gw', ownerName), name: ownerName, gatewayType: 'Vpn', sku: '', activeActive: false };
        vnet.gateways.push(gateway);
        ctx.gatewaysByKey.set(key, gateway);
        ctx.note(
          `Gateway '${ownerName}' in '${vnet.name}' is known only from ${subnet.name}'s ipConfigurations (${where}): ` +
            `assumed a VPN gateway with an unknown SKU; add '${ctx.listCommand('gateways')}' output for the real type and SKU.`,
        );
      } else if (parsed.type.startsWith('microsoft.network/azurefirewalls/')) {
        ctx.applianceKeys.add(key);
        const ip = predictedFirewallIp(vnet, subnet.name) ?? '';
        vnet.appliances.push({ id: ctx.newId('fw', ownerName), name: ownerName, kind: 'AzureFirewall', privateIpAddress: ip, subnetName: subnet.name });
        ctx.note(
          `Firewall '${ownerName}' in '${vnet.name}' is known only from ${subnet.name}'s ipConfigurations (${where}): ` +
            (ip ? `assumed private IP ${ip} (first usable address of the subnet)` : 'its private IP is unknown') +
            `; add '${ctx.listCommand('firewalls')}' output for the real address.`,
        );
      } else if (parsed.type.startsWith('microsoft.network/virtualhubs/') && subnet.name.toLowerCase() === 'routeserversubnet') {
        ctx.applianceKeys.add(key);
        vnet.routeServers.push({ id: ctx.newId('rs', ownerName), name: ownerName });
        ctx.note(`Route Server '${ownerName}' in '${vnet.name}' is known from ${subnet.name}'s ipConfigurations (${where}).`);
      }
    }
  }
}
