/**
 * Local network gateways and connections become on-premises networks attached to the hub gateway
 * (issue 13 item 6). A site-to-site connection (`connectionType: IPsec`) joins a VPN gateway
 * (`virtualNetworkGateway1`) to a local network gateway (`localNetworkGateway2`: the device's
 * `gatewayIpAddress` or `fqdn`, its `localNetworkAddressSpace` and `bgpSettings`); an ExpressRoute
 * connection joins an ExpressRoute gateway to a circuit (`peer.id`).
 * (https://learn.microsoft.com/azure/templates/microsoft.network/connections,
 * https://learn.microsoft.com/azure/templates/microsoft.network/localnetworkgateways)
 * VNet-to-VNet connections (`Vnet2Vnet`) are not modelled yet (issue 13 item 7) and are reported.
 */
import type { OnPremises } from '../../model/schema';
import { field, prefixList, refId, str } from './access';
import type { ImportContext, ResourceItem } from './context';
import { idKey, parseResourceId } from './resourceId';

interface Site {
  site: OnPremises;
  connected: boolean;
}

export function importLocalGatewayItems(ctx: ImportContext, items: readonly ResourceItem[]): Map<string, Site> {
  const sites = new Map<string, Site>();
  for (const item of items) {
    const name = str(item.obj, 'name');
    if (!name) {
      ctx.skip('a local network gateway without a name', item.where, 'a local network gateway needs a name');
      continue;
    }
    const site: OnPremises = {
      id: ctx.newId('onprem', name),
      name,
      addressRanges: prefixList(item.obj, 'localNetworkAddressSpace') ?? [],
      connectionType: 'IPsec',
    };
    const ip = str(item.obj, 'gatewayIpAddress');
    const fqdn = str(item.obj, 'fqdn');
    if (ip) site.gatewayIpAddress = ip;
    if (fqdn) site.fqdn = fqdn;
    const bgp = field(item.obj, 'bgpSettings');
    const asn = field(bgp, 'asn');
    const peering = str(bgp, 'bgpPeeringAddress');
    if (typeof asn === 'number' && Number.isInteger(asn) && asn >= 1 && asn <= 4294967295 && peering) site.bgp = { asn, peeringAddress: peering };
    const id = str(item.obj, 'id');
    sites.set(id ? idKey(id) : `name:${name.toLowerCase()}`, { site, connected: false });
    ctx.onPremises.push(site);
  }
  return sites;
}

export function importConnectionItem(ctx: ImportContext, item: ResourceItem, sites: Map<string, Site>): void {
  const name = str(item.obj, 'name') ?? '?';
  const type = str(item.obj, 'connectionType');
  if (type === 'Vnet2Vnet') {
    ctx.skip(`connection '${name}'`, item.where, 'VNet-to-VNet gateway connections are not modelled yet');
    return;
  }
  const gwId = refId(item.obj, 'virtualNetworkGateway1');
  const gateway = gwId ? ctx.gatewaysByKey.get(idKey(gwId)) : undefined;
  if (!gateway) {
    ctx.skip(`connection '${name}'`, item.where, `its virtual network gateway${gwId ? ` '${parseResourceId(gwId)?.names[0] ?? gwId}'` : ''} is not in the input`);
    return;
  }
  if (type === 'IPsec') {
    const lngId = refId(item.obj, 'localNetworkGateway2');
    const entry = lngId ? sites.get(idKey(lngId)) : undefined;
    if (!entry) {
      ctx.skip(`connection '${name}'`, item.where, `its local network gateway${lngId ? ` '${parseResourceId(lngId)?.names[0] ?? lngId}'` : ''} is not in the input`);
      return;
    }
    if (entry.connected) {
      ctx.note(`Local network gateway '${entry.site.name}' has more than one connection: attached to the first gateway only.`);
      return;
    }
    entry.connected = true;
    entry.site.gatewayId = gateway.id;
    return;
  }
  if (type === 'ExpressRoute') {
    const circuitId = refId(item.obj, 'peer');
    const circuitName = circuitId ? (parseResourceId(circuitId)?.names[0] ?? name) : name;
    const site: OnPremises = { id: ctx.newId('onprem', circuitName), name: circuitName, addressRanges: [], gatewayId: gateway.id, connectionType: 'ExpressRoute' };
    if (circuitId) site.expressRouteCircuitId = circuitId;
    ctx.onPremises.push(site);
    ctx.note(`ExpressRoute circuit '${circuitName}' (connection '${name}'): its on-premises address ranges are learnt by BGP and not in the input; add them to check overlaps.`);
    return;
  }
  ctx.skip(`connection '${name}'`, item.where, `connection type "${type ?? 'missing'}" is not IPsec or ExpressRoute`);
}
