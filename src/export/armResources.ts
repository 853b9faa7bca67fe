/**
 * The resources of one resource group's stage as ARM JSON objects (an inner-scope nested template, so
 * `resourceId('type', name)` resolves in that resource group). User text is either a literal value
 * (`armLiteral`) or a string inside an expression (`armExprString`), never spliced raw.
 */
import type { ApiVersions } from './apiVersions';
import { armExprString as q, armLiteral as lit, cleanText } from './escape';
import type { PlannedGroup, PlannedLink, PlannedVNet, Scope, Stage } from './plan';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

const NET = 'Microsoft.Network';
/** `'a', 'b'`: a loop, not map/join (called for nearly every one of the 6,000+ resources of a big estate) */
function quoted(names: string[]): string {
  let out = '';
  for (let i = 0; i < names.length; i++) out += (i === 0 ? '' : ', ') + q(names[i] as string);
  return out;
}
const localId = (type: string, ...names: string[]): string => `[resourceId('${NET}/${type}', ${quoted(names)})]`;
const scopedId = (scope: Scope, type: string, ...names: string[]): string =>
  `[resourceId(parameters('${scope.sub.param}'), ${q(scope.resourceGroup)}, '${NET}/${type}', ${quoted(names)})]`;
/** `[parameters('x')]`, one string per parameter name (the same few on every resource) */
const params = new Map<string, string>();
function param(name: string): string {
  let p = params.get(name);
  if (p === undefined) {
    if (params.size > 1000) params.clear();
    params.set(name, (p = `[parameters('${name}')]`));
  }
  return p;
}
const childName = (parent: string, child: string): string => `[format('{0}/{1}', ${q(parent)}, ${q(child)})]`;
const subnetId = (vnet: string, subnet: string): JsonObject => ({ id: localId('virtualNetworks/subnets', vnet, subnet) });

function publicIp(api: ApiVersions, name: string, location: string, comment: string): JsonObject {
  return {
    type: `${NET}/publicIPAddresses`,
    apiVersion: api.network,
    name: lit(name),
    location: param(location),
    comments: comment,
    sku: { name: 'Standard', tier: 'Regional' },
    properties: { publicIPAllocationMethod: 'Static', publicIPAddressVersion: 'IPv4' },
  };
}

/** VNet, its subnets as child resources (serialised: one write at a time per VNet), and what sits in them. */
function vnetResources(api: ApiVersions, v: PlannedVNet): JsonObject[] {
  const name = v.ref.name;
  const loc = v.location.param;
  const out: JsonObject[] = [];
  const vnet: JsonObject = {
    type: `${NET}/virtualNetworks`,
    apiVersion: api.network,
    name: lit(name),
    location: param(loc),
    comments: lit(
      `Virtual network ${name}. Subnets are child resources, never inline (reference 6.1).` +
        v.nvas.map((n) => ` NVA ${n.name} is not created: its IP ${n.privateIpAddress} is expected in subnet ${n.subnetName}.`).join(''),
    ),
  };
  if (v.tags.length > 0) vnet['tags'] = Object.fromEntries(v.tags.map(([k, val]) => [cleanText(k), lit(val)]));
  const props: JsonObject = { addressSpace: { addressPrefixes: v.addressPrefixes.map(lit) } };
  if (v.dnsServers.length > 0) props['dhcpOptions'] = { dnsServers: v.dnsServers.map(lit) };
  vnet['properties'] = props;
  out.push(vnet);
  let previous = localId('virtualNetworks', name);
  const chain = (r: JsonObject, extra: string[] = []): void => {
    r['dependsOn'] = [previous, ...extra.filter((e) => e !== previous)];
    out.push(r);
    previous = localId(String(r['type']).slice(NET.length + 1), ...(r['__names'] as string[]));
    delete r['__names'];
  };
  for (const s of v.subnets) {
    const sp: JsonObject = s.addressPrefixes.length === 1 ? { addressPrefix: lit(s.addressPrefixes[0] ?? '') } : { addressPrefixes: s.addressPrefixes.map(lit) };
    const extra: string[] = [];
    if (s.routeTable) sp['routeTable'] = { id: scopedId(s.routeTable.scope, 'routeTables', s.routeTable.name) };
    if (s.nsg !== undefined) {
      sp['networkSecurityGroup'] = { id: localId('networkSecurityGroups', s.nsg) };
      extra.push(localId('networkSecurityGroups', s.nsg));
    }
    chain({ type: `${NET}/virtualNetworks/subnets`, apiVersion: api.network, name: childName(name, s.name), comments: lit(`Subnet ${s.name} of ${name}`), properties: sp, __names: [name, s.name] }, extra);
  }
  const ipConfig = (n: string, subnet: string, pip: string): JsonObject => ({
    name: n,
    properties: { subnet: subnetId(name, subnet), publicIPAddress: { id: localId('publicIPAddresses', pip) } },
  });
  for (const gw of v.gateways) {
    for (const p of gw.publicIps) out.push(publicIp(api, p, loc, lit(`Public IP of gateway ${gw.name}`)));
    const gp: JsonObject = {
      gatewayType: gw.gatewayType,
      sku: { name: lit(gw.sku), tier: lit(gw.sku) },
      activeActive: gw.activeActive,
      enableBgp: gw.asn !== undefined,
      ipConfigurations: gw.publicIps.map((p, i) => {
        const c = ipConfig(`ipconfig${i + 1}`, 'GatewaySubnet', p);
        (c['properties'] as JsonObject)['privateIPAllocationMethod'] = 'Dynamic';
        return c;
      }),
    };
    if (gw.gatewayType === 'Vpn') gp['vpnType'] = 'RouteBased';
    if (gw.asn !== undefined) gp['bgpSettings'] = { asn: gw.asn };
    chain(
      { type: `${NET}/virtualNetworkGateways`, apiVersion: api.network, name: lit(gw.name), location: param(loc), comments: lit(`${gw.gatewayType} gateway ${gw.name} (takes 30-45 minutes)`), properties: gp, __names: [gw.name] },
      gw.publicIps.map((p) => localId('publicIPAddresses', p)),
    );
  }
  for (const fw of v.firewalls) {
    out.push(publicIp(api, fw.publicIp, loc, lit(`Public IP of Azure Firewall ${fw.name}`)));
    if (fw.managementPublicIp !== undefined) out.push(publicIp(api, fw.managementPublicIp, loc, lit(`Management public IP of Azure Firewall ${fw.name} (Basic tier)`)));
    out.push({ type: `${NET}/firewallPolicies`, apiVersion: api.network, name: lit(fw.policy), location: param(loc), comments: lit(`Firewall policy of ${fw.name} (add rule collection groups here)`), properties: { sku: { tier: fw.tier } } });
    const fp: JsonObject = {
      sku: { name: 'AZFW_VNet', tier: fw.tier },
      firewallPolicy: { id: localId('firewallPolicies', fw.policy) },
      ipConfigurations: [ipConfig('ipconfig1', 'AzureFirewallSubnet', fw.publicIp)],
    };
    const deps = [localId('publicIPAddresses', fw.publicIp), localId('firewallPolicies', fw.policy)];
    if (fw.managementPublicIp !== undefined) {
      fp['managementIpConfiguration'] = ipConfig('management', 'AzureFirewallManagementSubnet', fw.managementPublicIp);
      deps.push(localId('publicIPAddresses', fw.managementPublicIp));
    }
    chain({ type: `${NET}/azureFirewalls`, apiVersion: api.network, name: lit(fw.name), location: param(loc), comments: lit(`Azure Firewall ${fw.name}; the design expects its private IP ${fw.privateIpAddress}`), properties: fp, __names: [fw.name] }, deps);
  }
  for (const rs of v.routeServers) {
    out.push(publicIp(api, rs.publicIp, loc, lit(`Public IP of Route Server ${rs.name}`)));
    chain({ type: `${NET}/virtualHubs`, apiVersion: api.network, name: lit(rs.name), location: param(loc), comments: lit(`Route Server ${rs.name}`), properties: { sku: 'Standard', allowBranchToBranchTraffic: false }, __names: [rs.name] });
    chain(
      { type: `${NET}/virtualHubs/ipConfigurations`, apiVersion: api.network, name: childName(rs.name, 'ipconfig1'), comments: lit(`Route Server ${rs.name} in RouteServerSubnet`), properties: { subnet: subnetId(name, 'RouteServerSubnet'), publicIPAddress: { id: localId('publicIPAddresses', rs.publicIp) } }, __names: [rs.name, 'ipconfig1'] },
      [localId('publicIPAddresses', rs.publicIp)],
    );
  }
  for (const b of v.bastions) {
    out.push(publicIp(api, b.publicIp, loc, lit(`Public IP of Bastion ${b.name}`)));
    chain(
      { type: `${NET}/bastionHosts`, apiVersion: api.network, name: lit(b.name), location: param(loc), comments: lit(`Azure Bastion ${b.name}`), sku: { name: lit(b.sku) }, properties: { ipConfigurations: [ipConfig('ipconfig1', 'AzureBastionSubnet', b.publicIp)] }, __names: [b.name] },
      [localId('publicIPAddresses', b.publicIp)],
    );
  }
  return out;
}

function linkResource(api: ApiVersions, l: PlannedLink, previous: string | undefined): JsonObject {
  const r: JsonObject = {
    type: `${NET}/virtualNetworks/virtualNetworkPeerings`,
    apiVersion: api.network,
    name: childName(l.local.name, l.name),
    comments: lit(`Link ${l.local.name} -> ${l.remote.name}${l.remote.isPlaceholder ? ' (existing VNet, not created here)' : ''}`),
    properties: {
      remoteVirtualNetwork: { id: scopedId(l.remote, 'virtualNetworks', l.remote.name) },
      allowVirtualNetworkAccess: l.allowVirtualNetworkAccess,
      allowForwardedTraffic: l.allowForwardedTraffic,
      allowGatewayTransit: l.allowGatewayTransit,
      useRemoteGateways: l.useRemoteGateways,
    },
  };
  if (previous !== undefined) r['dependsOn'] = [previous];
  return r;
}

/**
 * Resources that must stay in one template: a VNet with its subnets and what sits in them, or a single
 * NSG, route table or link. `id` is the resource id other units' `dependsOn` may name (an NSG, a link).
 */
export interface ArmUnit {
  resources: JsonObject[];
  id?: string;
}

/** Resources one stage deploys into one resource group. */
export function stageResources(api: ApiVersions, g: PlannedGroup, stage: Stage): JsonObject[] {
  return stageUnits(api, g, stage).flatMap((u) => u.resources);
}

/** The stage's resources in units, in deployment order (arm.ts splits big stages between units). */
export function stageUnits(api: ApiVersions, g: PlannedGroup, stage: Stage): ArmUnit[] {
  if (stage === 'routing') {
    return g.routeTables.map((rt) => ({ resources: [{
      type: `${NET}/routeTables`,
      apiVersion: api.network,
      name: lit(rt.name),
      location: param(rt.location.param),
      comments: lit(`Route table ${rt.name}`),
      properties: {
        disableBgpRoutePropagation: rt.disableBgpRoutePropagation,
        routes: rt.routes.map((r) => {
          const p: JsonObject = { addressPrefix: lit(r.addressPrefix), nextHopType: r.nextHopType };
          if (r.nextHopIpAddress !== undefined) p['nextHopIpAddress'] = lit(r.nextHopIpAddress);
          return { name: lit(r.name), properties: p };
        }),
      },
    }] }));
  }
  if (stage === 'network') {
    const nsgs: ArmUnit[] = g.nsgs.map((n) => ({
      id: localId('networkSecurityGroups', n.name),
      resources: [
        {
          type: `${NET}/networkSecurityGroups`,
          apiVersion: api.network,
          name: lit(n.name),
          location: param(n.location.param),
          comments: lit(`Network security group ${n.name} (created empty: Azure's default rules apply)`),
          properties: {},
        },
      ],
    }));
    return [...nsgs, ...g.vnets.map((v) => ({ resources: vnetResources(api, v) }))];
  }
  const links = stage === 'peering' ? g.links : g.remoteGatewayLinks;
  let previous: string | undefined;
  return links.map((l) => {
    const r = linkResource(api, l, previous);
    previous = localId('virtualNetworks/virtualNetworkPeerings', l.local.name, l.name);
    return { id: previous, resources: [r] };
  });
}
