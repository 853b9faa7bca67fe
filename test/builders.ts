/**
 * Small builders for test designs. Ids equal names unless given, so assertions can use names:
 *
 *   const hub = vnet('hub', ['10.0.0.0/16'], { subnets: [subnet('GatewaySubnet', '10.0.0.0/27')] });
 *   const d = design([hub, vnet('a', ['10.1.0.0/16'])], [...peer('hub', 'a', { allowGatewayTransit: true })]);
 */
import type {
  Appliance, Design, Gateway, Intent, OnPremises, PeeringLink, Route, RouteTable, Subnet, Subscription, VNet,
} from '../src/model/schema';
import { makeLink, makeSubnet, makeVnet } from '../src/model/factories';
import type { PeeringFlags } from '../src/model/ops';

export const SUB = '00000000-0000-0000-0000-000000000001';

export function subnet(name: string, prefix: string | string[], extra: Partial<Subnet> = {}): Subnet {
  return makeSubnet({ id: extra.id ?? `snet-${name}`, name, addressPrefixes: Array.isArray(prefix) ? prefix : [prefix], ...extra });
}

export function vnet(name: string, prefixes: string[], extra: Partial<VNet> = {}): VNet {
  return makeVnet({ id: name, name, subscriptionId: SUB, resourceGroup: 'rg-network', location: 'westeurope', addressPrefixes: prefixes, ...extra });
}

export function vpnGateway(name = 'vgw', extra: Partial<Gateway> = {}): Gateway {
  return { id: `gw-${name}`, name, gatewayType: 'Vpn', sku: 'VpnGw1AZ', activeActive: false, ...extra };
}

export function erGateway(name = 'ergw', extra: Partial<Gateway> = {}): Gateway {
  return { id: `gw-${name}`, name, gatewayType: 'ExpressRoute', sku: 'ErGw1AZ', activeActive: false, ...extra };
}

export function firewall(ip: string, extra: Partial<Appliance> = {}): Appliance {
  return { id: `fw-${ip}`, name: 'afw', kind: 'AzureFirewall', privateIpAddress: ip, subnetName: 'AzureFirewallSubnet', sku: 'Standard', ...extra };
}

export function nva(ip: string, subnetName: string, extra: Partial<Appliance> = {}): Appliance {
  return { id: `nva-${ip}`, name: 'nva', kind: 'NVA', privateIpAddress: ip, subnetName, ...extra };
}

type VNetRef = string | { id: string };
const idOf = (v: VNetRef): string => (typeof v === 'string' ? v : v.id);

/** One direction of a peering, Azure defaults (access on, the rest off) unless overridden. */
export function link(from: VNetRef, to: VNetRef, flags: Partial<PeeringFlags> = {}, extra: Partial<PeeringLink> = {}): PeeringLink {
  const f = idOf(from);
  const t = idOf(to);
  return makeLink({ id: `${f}->${t}`, name: `peer-${f}-to-${t}`, from: f, to: t, ...flags, ...extra });
}

/** Alias of `link`, to say "this link deliberately has no reverse". */
export const oneWay = link;

/** Both links of a peering: `flags` on a->b, `backFlags` (default: the same flags) on b->a. */
export function peer(a: VNetRef, b: VNetRef, flags: Partial<PeeringFlags> = {}, backFlags: Partial<PeeringFlags> = flags): PeeringLink[] {
  return [link(a, b, flags), link(b, a, backFlags)];
}

/** Hub-side and spoke-side links of a gateway-transit peering (hub allows transit, spoke uses it). */
export function transitPeer(hub: VNetRef, spoke: VNetRef, extra: Partial<PeeringFlags> = {}): PeeringLink[] {
  return [
    link(hub, spoke, { allowGatewayTransit: true, allowForwardedTraffic: true, ...extra }),
    link(spoke, hub, { useRemoteGateways: true, allowForwardedTraffic: true, ...extra }),
  ];
}

export function routeTable(name: string, routes: Route[], extra: Partial<RouteTable> = {}): RouteTable {
  return {
    id: extra.id ?? `rt-${name}`,
    name,
    subscriptionId: SUB,
    resourceGroup: 'rg-network',
    location: 'westeurope',
    disableBgpRoutePropagation: false,
    routes,
    ...extra,
  };
}

export function route(name: string, addressPrefix: string, nextHopType: Route['nextHopType'], nextHopIpAddress?: string): Route {
  return nextHopIpAddress === undefined ? { name, addressPrefix, nextHopType } : { name, addressPrefix, nextHopType, nextHopIpAddress };
}

export function onPrem(name: string, ranges: string[], gatewayId?: string): OnPremises {
  return gatewayId === undefined ? { id: name, name, addressRanges: ranges } : { id: name, name, addressRanges: ranges, gatewayId };
}

export function intent(from: VNetRef, to: VNetRef, expect: Intent['expect']): Intent {
  return { id: `intent-${idOf(from)}-${idOf(to)}-${expect}`, from: idOf(from), to: idOf(to), expect };
}

export function subscription(id: string, extra: Partial<Subscription> = {}): Subscription {
  return { id, name: id, tenantId: '', cloud: 'AzureCloud', ...extra };
}

/** A complete design; `extra` can add route tables, on-premises networks, intents, subscriptions. */
export function design(vnets: VNet[], peerings: PeeringLink[] = [], extra: Partial<Design> = {}): Design {
  return {
    version: 1,
    name: 'test',
    subscriptions: [subscription(SUB)],
    resourceGroups: [{ subscriptionId: SUB, name: 'rg-network', location: 'westeurope' }],
    vnets,
    routeTables: [],
    onPremises: [],
    peerings,
    intents: [],
    layout: { positions: {} },
    ...extra,
  };
}

/** One hub (10.0.0.0/16) and `n` spokes 10.<1..>.0.0/16 (wrapping into 172.16/12 past 255), each peered both ways. */
export function hubAndSpokes(n: number): Design {
  const hub = vnet('hub', ['10.0.0.0/16'], { subnets: [subnet('snet-hub', '10.0.1.0/24')] });
  const vnets = [hub];
  const links: PeeringLink[] = [];
  for (let i = 1; i <= n; i++) {
    const prefix = i < 256 ? `10.${i}.0.0/16` : `172.${16 + Math.floor(i / 256)}.${i % 256}.0/24`;
    const s = vnet(`spoke-${i}`, [prefix]);
    vnets.push(s);
    links.push(...peer(hub, s));
  }
  return design(vnets, links);
}
