/**
 * The Bicep modules of one resource group's stage. Subnets are child resources with `parent:` (never also
 * inline) and every write to one VNet waits for the previous one (reference 6.1, AVM's @batchSize(1));
 * peerings are children of `existing` VNets; a placeholder VNet is only referenced by resource id.
 *
 * The resources a big estate has thousands of (VNets, subnets, route tables, links) are written straight
 * to text; the few others (gateways, firewalls, Route Servers, Bastions) go through the value printer.
 * A stage with more resources than one template may hold is split into parts (see `stageParts`).
 */
import type { ApiVersions } from './apiVersions';
import { isBgpEnabled, MAX_TEMPLATE_RESOURCES, packUnits, stageUnitParams, stageUnitSizes } from './stages';
import { Joined, flat } from './text';
import { bicepString, commentText } from './escape';
import { Names } from './names';
import type { PlannedGroup, PlannedLink, PlannedRouteTable, PlannedSite, PlannedSubnet, PlannedVNet, Scope, Stage } from './plan';
import { printValue, raw, resource, resourceIdExpr, type BObj, type Raw } from './bicepWriter';

const NET = 'Microsoft.Network';

/**
 * Small pieces (quoted names, symbols, ids) are not flattened when made, only the chunks they end up in
 * (text.ts): flattening a small rope is a runtime call and a copy of its own, which cost more than the
 * chunk's flattening spends walking its few extra nodes (A/B on the 1,000-spoke export: ~5% faster).
 * Pieces used many times (a VNet's id as the remote end of each of its links) are still flattened once.
 */
const bs = bicepString;

/** The resource limit per template applies to each module (it compiles to one nested deployment). */
export { MAX_TEMPLATE_RESOURCES as MAX_MODULE_RESOURCES } from './stages';

export interface BicepModule {
  /** the module's text in a few pieces: its resource blocks, each ending with a newline, blank lines between */
  text: string[];
  /** parameter names (subscription ids and locations) the module declares */
  params: Set<string>;
}

class Ctx {
  readonly names = new Names(['location', 'resourceGroup', 'subscription', 'resourceId']);
  readonly params = new Set<string>();
  readonly blocks = new Joined('\n');
  /** NSG symbols declared in this module, by lower-case name */
  readonly nsgSyms = new Map<string, string>();
  constructor(readonly api: ApiVersions) {}
  /** A finished block, appended to the module's text (big flattened chunks, see text.ts). */
  add(block: string): void {
    this.blocks.add(block);
  }
  param(name: string): string {
    this.params.add(name);
    return name;
  }
  sym(prefix: string, name: string): string {
    return this.names.takeSymbol(prefix, name);
  }
  private readonly types = new Map<string, string>();
  type(t: string): string {
    let full = this.types.get(t);
    if (full === undefined) this.types.set(t, (full = flat(`${NET}/${t}@${this.api.network}`)));
    return full;
  }
  /** `resourceId(sub, 'rg', 'Microsoft.Network/<type>', 'name')` */
  scopedId(scope: Scope, type: string, name: string): string {
    return `resourceId(${this.param(scope.sub.param)}, ${bs(scope.resourceGroup)}, '${NET}/${type}', ${bs(name)})`;
  }
}

/** (kept here too: the PowerShell export names its variables the same way) */
export { symbolName } from './names';

/** An array of string literals at `indent` (the printer's layout: one item per line, `[]` when empty). */
function stringList(items: readonly string[], indent: string): string {
  if (items.length === 0) return '[]';
  let out = '[\n';
  for (const x of items) out += indent + '  ' + bs(x) + '\n';
  return out + indent + ']';
}

const dependsOn = (sym: string | undefined): string => (sym === undefined ? '' : '  dependsOn: [\n    ' + sym + '\n  ]\n');
/**
 * `// <what> <name>` and the resource line. Only the name is passed through `commentText`: the fixed
 * text is plain ASCII, and escaping a short name is cheaper than testing the whole joined comment.
 */
const header = (what: string, name: string, sym: string, type: string): string => '// ' + what + commentText(name) + '\nresource ' + sym + " '" + type + "' = {\n";

/**
 * A Standard static public IP. `zoneRedundant` (a gateway with an AZ SKU) gives it zones 1, 2 and 3, else
 * Azure refuses the gateway (VmssVpnGatewayPublicIpsMustHaveZonesConfigured); source:
 * https://learn.microsoft.com/azure/vpn-gateway/about-zone-redundant-vnet-gateways
 */
function publicIp(c: Ctx, name: string, loc: string, what: string, zoneRedundant = false): string {
  const sym = c.sym('pip', name);
  c.add(
    resource([`Public IP of ${what}`], sym, c.type('publicIPAddresses'), {
      name,
      location: raw(c.param(loc)),
      sku: { name: 'Standard', tier: 'Regional' },
      zones: zoneRedundant ? ['1', '2', '3'] : undefined,
      properties: { publicIPAllocationMethod: 'Static', publicIPAddressVersion: 'IPv4' },
    }),
  );
  return sym;
}

function vnetText(c: Ctx, v: PlannedVNet, sym: string): string {
  let out = '// Virtual network ' + commentText(v.ref.name) + ': subnets are child resources below, never also inline (a redeploy with an inline list would delete them)\n';
  for (const n of v.nvas) out += '// ' + commentText(`NVA ${n.name} is not created: its IP ${n.privateIpAddress} is expected in subnet ${n.subnetName}`) + '\n';
  out += 'resource ' + sym + " '" + c.type('virtualNetworks') + "' = {\n  name: " + bs(v.ref.name) + '\n  location: ' + c.param(v.location.param) + '\n';
  if (v.tags.length > 0) out += '  tags: ' + printValue(Object.fromEntries(v.tags), '  ') + '\n';
  out += '  properties: {\n    addressSpace: {\n      addressPrefixes: ' + stringList(v.addressPrefixes, '      ') + '\n    }\n';
  if (v.dnsServers.length > 0) out += '    dhcpOptions: {\n      dnsServers: ' + stringList(v.dnsServers, '      ') + '\n    }\n';
  return out + '  }\n}\n';
}

function subnetText(c: Ctx, vnetSym: string, s: PlannedSubnet, sym: string, previous: string | undefined): string {
  let out = header('Subnet ', s.name, sym, c.type('virtualNetworks/subnets')) + '  parent: ' + vnetSym + '\n  name: ' + bs(s.name) + '\n  properties: {\n';
  out += s.addressPrefixes.length === 1 ? '    addressPrefix: ' + bs(s.addressPrefixes[0] as string) + '\n' : '    addressPrefixes: ' + stringList(s.addressPrefixes, '    ') + '\n';
  if (s.routeTable) out += '    routeTable: {\n      id: ' + c.scopedId(s.routeTable.scope, 'routeTables', s.routeTable.name) + '\n    }\n';
  if (s.nsg !== undefined) {
    const nsgSym = c.nsgSyms.get(s.nsg.toLowerCase());
    out += '    networkSecurityGroup: {\n      id: ' + (nsgSym === undefined ? `resourceId('${NET}/networkSecurityGroups', ${bs(s.nsg)})` : nsgSym + '.id') + '\n    }\n';
  }
  return out + '  }\n' + dependsOn(previous) + '}\n';
}

/** `{ id: <subnet> }` of a subnet of VNet `vnet`: its symbol when this module declares it, else its resource id. */
function subnetRef(vnet: string, subnetSyms: Map<string, string>, subnet: string): BObj {
  const s = subnetSyms.get(subnet.toLowerCase());
  return { id: s ? raw(`${s}.id`) : resourceIdExpr([`${NET}/virtualNetworks/subnets`, vnet, subnet]) };
}

function ipConfig(vnet: string, subnetSyms: Map<string, string>, n: string, subnet: string, pipSym: string, withAllocation = false): BObj {
  return {
    name: n,
    properties: { ...(withAllocation ? { privateIPAllocationMethod: 'Dynamic' } : {}), subnet: subnetRef(vnet, subnetSyms, subnet), publicIPAddress: { id: raw(`${pipSym}.id`) } },
  };
}

// (no closures per VNet: under tsx, which keeps function names, each one costs a defineProperty call)
function vnetBlocks(c: Ctx, v: PlannedVNet): void {
  const name = v.ref.name;
  const vnetSym = c.sym('vnet', name);
  c.add(vnetText(c, v, vnetSym));
  let previous = vnetSym;
  const subnetSyms = new Map<string, string>();
  for (const s of v.subnets) {
    const sym = c.sym('snet', `${name} ${s.name}`);
    subnetSyms.set(s.name.toLowerCase(), sym);
    c.add(subnetText(c, vnetSym, s, sym, previous === vnetSym ? undefined : previous));
    previous = sym;
  }
  if (v.gateways.length + v.firewalls.length + v.routeServers.length + v.bastions.length + v.sites.length > 0) serviceBlocks(c, v, subnetSyms, previous);
}

/** Gateways, firewalls, Route Servers and Bastions of a VNet, each waiting for the write before it. */
function serviceBlocks(c: Ctx, v: PlannedVNet, subnetSyms: Map<string, string>, after: string): void {
  const name = v.ref.name;
  const loc = v.location.param;
  let previous = after;
  const gatewaySyms = new Map<string, string>();
  // An explicit dependsOn on a resource the body already references (the gateway's GatewaySubnet) is
  // redundant: the linter warns (no-unnecessary-dependson), as the reference orders them already.
  const dep = (sym: string, properties: BObj): Raw[] | undefined => (printValue(properties).includes(`${sym}.`) ? undefined : [raw(sym)]);
  for (const gw of v.gateways) {
    const pips = gw.publicIps.map((p) => publicIp(c, p, loc, `gateway ${gw.name}`, gw.zoneRedundant));
    const sym = c.sym('vgw', gw.name);
    const gp: BObj = {
      gatewayType: gw.gatewayType,
      vpnType: gw.gatewayType === 'Vpn' ? 'RouteBased' : undefined,
      sku: { name: gw.sku, tier: gw.sku },
      activeActive: gw.activeActive,
      enableBgp: isBgpEnabled(v, gw),
      bgpSettings: gw.asn !== undefined ? { asn: gw.asn } : undefined,
      ipConfigurations: pips.map((p, i) => ipConfig(name, subnetSyms, `ipconfig${i + 1}`, 'GatewaySubnet', p, true)),
    };
    gatewaySyms.set(gw.name, sym);
    c.add(resource([`${gw.gatewayType} gateway ${gw.name} (takes 30-45 minutes)`], sym, c.type('virtualNetworkGateways'), { name: gw.name, location: raw(c.param(loc)), properties: gp, dependsOn: dep(previous, gp) }));
    previous = sym;
  }
  for (const site of v.sites) siteBlocks(c, site, loc, gatewaySyms.get(site.gatewayName) ?? '');
  for (const fw of v.firewalls) {
    const pip = publicIp(c, fw.publicIp, loc, `Azure Firewall ${fw.name}`);
    const mgmt = fw.managementPublicIp === undefined ? undefined : publicIp(c, fw.managementPublicIp, loc, `Azure Firewall ${fw.name} management (Basic tier)`);
    const policy = c.sym('afwp', fw.policy);
    c.add(resource([`Firewall policy of ${fw.name} (add rule collection groups here)`], policy, c.type('firewallPolicies'), { name: fw.policy, location: raw(c.param(loc)), properties: { sku: { tier: fw.tier } } }));
    const sym = c.sym('afw', fw.name);
    const fp: BObj = {
      sku: { name: 'AZFW_VNet', tier: fw.tier },
      firewallPolicy: { id: raw(`${policy}.id`) },
      ipConfigurations: [ipConfig(name, subnetSyms, 'ipconfig1', 'AzureFirewallSubnet', pip)],
      managementIpConfiguration: mgmt === undefined ? undefined : ipConfig(name, subnetSyms, 'management', 'AzureFirewallManagementSubnet', mgmt),
    };
    c.add(resource([`Azure Firewall ${fw.name}; the design expects its private IP ${fw.privateIpAddress}`], sym, c.type('azureFirewalls'), { name: fw.name, location: raw(c.param(loc)), properties: fp, dependsOn: dep(previous, fp) }));
    previous = sym;
  }
  for (const rs of v.routeServers) {
    const pip = publicIp(c, rs.publicIp, loc, `Route Server ${rs.name}`);
    const sym = c.sym('rs', rs.name);
    c.add(resource([`Route Server ${rs.name}`], sym, c.type('virtualHubs'), { name: rs.name, location: raw(c.param(loc)), properties: { sku: 'Standard', allowBranchToBranchTraffic: false }, dependsOn: [raw(previous)] }));
    const ipSym = c.sym('rsIpConfig', rs.name);
    c.add(resource([`Route Server ${rs.name} in RouteServerSubnet`], ipSym, c.type('virtualHubs/ipConfigurations'), { parent: raw(sym), name: 'ipconfig1', properties: { subnet: subnetRef(name, subnetSyms, 'RouteServerSubnet'), publicIPAddress: { id: raw(`${pip}.id`) } } }));
    previous = ipSym;
  }
  for (const b of v.bastions) {
    const pip = publicIp(c, b.publicIp, loc, `Bastion ${b.name}`);
    const sym = c.sym('bas', b.name);
    const bp: BObj = { ipConfigurations: [ipConfig(name, subnetSyms, 'ipconfig1', 'AzureBastionSubnet', pip)] };
    c.add(resource([`Azure Bastion ${b.name}`], sym, c.type('bastionHosts'), { name: b.name, location: raw(c.param(loc)), sku: { name: b.sku }, properties: bp, dependsOn: dep(previous, bp) }));
    previous = sym;
  }
}

/**
 * An on-premises site (`vnetResourceCount` counts it): IPsec, a local network gateway and a connection
 * whose shared key is a `@secure()` parameter (main.bicep passes it to the module, which declares it
 * `@secure()` too); ExpressRoute, a connection to the circuit whose id is a parameter. The gateway ends
 * carry `properties: {}`, which the type requires. Sources: https://learn.microsoft.com/azure/templates/microsoft.network/localnetworkgateways,
 * https://learn.microsoft.com/azure/templates/microsoft.network/connections,
 * https://learn.microsoft.com/azure/azure-resource-manager/bicep/modules#pass-parameters (secure parameters of modules)
 */
function siteBlocks(c: Ctx, site: PlannedSite, loc: string, gatewaySym: string): void {
  const props: BObj = { connectionType: site.type, virtualNetworkGateway1: { id: raw(`${gatewaySym}.id`), properties: {} } };
  if (site.type === 'IPsec') {
    const lgw = c.sym('lgw', site.localGatewayName);
    const lp: BObj = {
      localNetworkAddressSpace: { addressPrefixes: [...site.addressRanges] },
      gatewayIpAddress: site.gatewayIpAddress ?? (site.fqdn === undefined && site.ipParam !== undefined ? raw(c.param(site.ipParam)) : undefined),
      fqdn: site.gatewayIpAddress === undefined ? site.fqdn : undefined,
      bgpSettings: site.bgp ? { asn: site.bgp.asn, bgpPeeringAddress: site.bgp.peeringAddress } : undefined,
    };
    c.add(resource([`Local network gateway of on-premises network ${site.name}`], lgw, c.type('localNetworkGateways'), { name: site.localGatewayName, location: raw(c.param(loc)), properties: lp }));
    props['localNetworkGateway2'] = { id: raw(`${lgw}.id`), properties: {} };
    props['sharedKey'] = raw(c.param(site.param));
    props['enableBgp'] = site.bgp !== undefined;
  } else {
    props['peer'] = { id: raw(c.param(site.param)) };
  }
  const what = site.type === 'IPsec' ? 'Site-to-site VPN' : 'ExpressRoute';
  c.add(resource([`${what} connection of gateway ${site.gatewayName} to on-premises network ${site.name}`], c.sym('cn', site.connectionName), c.type('connections'), { name: site.connectionName, location: raw(c.param(loc)), properties: props }));
}

/** `allowVirtualNetworkAccess: ...` to `useRemoteGateways: ...` for each of the 16 flag combinations. */
const FLAG_TEXT: string[] = Array.from({ length: 16 }, (_, bits) => {
  const f = (i: number) => String((bits & (1 << i)) !== 0);
  return flat(`\n    }\n    allowVirtualNetworkAccess: ${f(0)}\n    allowForwardedTraffic: ${f(1)}\n    allowGatewayTransit: ${f(2)}\n    useRemoteGateways: ${f(3)}\n  }\n`);
});
const flagBits = (l: PlannedLink): number =>
  (l.allowVirtualNetworkAccess ? 1 : 0) | (l.allowForwardedTraffic ? 2 : 0) | (l.allowGatewayTransit ? 4 : 0) | (l.useRemoteGateways ? 8 : 0);

function linkBlocks(c: Ctx, links: readonly PlannedLink[]): void {
  const parents = new Map<string, string>();
  const typeLine = flat(" '" + c.type('virtualNetworks/virtualNetworkPeerings') + "' = {\n  parent: ");
  // The text of a VNet end is made once for a run of links with the same end: the plan lists a VNet's
  // links together, so a hub's comment name and id (an end of a link to each spoke) are made once, with
  // no lookup per link. (the comment's parts are escaped one by one: commentText works character by character)
  let local: PlannedLink['local'] | undefined;
  let localText = '';
  let parent = '';
  let remote: PlannedLink['remote'] | undefined;
  let remoteComment = '';
  let remoteId = '';
  let previous: string | undefined;
  for (const l of links) {
    if (l.local !== local) {
      local = l.local;
      localText = flat('// Link ' + commentText(local.name) + ' -> ');
      const key = local.name.toLowerCase();
      const known = parents.get(key);
      if (known !== undefined) parent = known;
      else {
        parent = c.sym('vnet', local.name);
        parents.set(key, parent);
        c.add('// Existing VNet ' + commentText(local.name) + ' (deployed by the network stage)\nresource ' + parent + " '" + c.type('virtualNetworks') + "' existing = {\n  name: " + bs(local.name) + '\n}\n');
      }
    }
    if (l.remote !== remote) {
      remote = l.remote;
      remoteComment = flat(commentText(remote.name) + (remote.isPlaceholder ? ' (existing VNet, not created here)' : ''));
      remoteId = flat(c.scopedId(remote, 'virtualNetworks', remote.name));
    }
    const sym = c.sym('peer', l.name);
    c.add(
      localText + remoteComment + '\nresource ' + sym + typeLine + parent + '\n  name: ' + bs(l.name) +
        '\n  properties: {\n    remoteVirtualNetwork: {\n      id: ' + remoteId + (FLAG_TEXT[flagBits(l)] as string) + dependsOn(previous) + '}\n',
    );
    previous = sym;
  }
}

function routeTableText(c: Ctx, rt: PlannedRouteTable): string {
  let out = header('Route table ', rt.name, c.sym('rt', rt.name), c.type('routeTables')) + '  name: ' + bs(rt.name) + '\n  location: ' + c.param(rt.location.param);
  out += '\n  properties: {\n    disableBgpRoutePropagation: ' + rt.disableBgpRoutePropagation + '\n    routes: ';
  if (rt.routes.length === 0) out += '[]';
  else {
    out += '[\n';
    for (const r of rt.routes) {
      out += '      {\n        name: ' + bs(r.name) + '\n        properties: {\n          addressPrefix: ' + bs(r.addressPrefix) + '\n          nextHopType: ' + bs(r.nextHopType) + '\n';
      if (r.nextHopIpAddress !== undefined) out += '          nextHopIpAddress: ' + bs(r.nextHopIpAddress) + '\n';
      out += '        }\n      }\n';
    }
    out += '    ]';
  }
  return out + '\n  }\n}\n';
}

/**
 * The stage's content cut into parts of at most `max` resources, in order. A VNet with its children
 * stays in one part (a part bigger than `max` is a VNet that cannot be split). Every part is a module of
 * its own; the next part's module waits for it.
 */
export function stageParts(g: PlannedGroup, stage: Stage, max = MAX_TEMPLATE_RESOURCES): PlannedGroup[] {
  const sizes = stageUnitSizes(g, stage);
  const starts = packUnits(sizes, max, stageUnitParams(g, stage));
  if (starts.length === 1) return [g];
  const nsgs = stage === 'network' ? g.nsgs.length : 0;
  return starts.map((from, i) => {
    const to = starts[i + 1] ?? sizes.length;
    const part: PlannedGroup = { ...g, routeTables: [], nsgs: [], vnets: [], links: [], remoteGatewayLinks: [] };
    if (stage === 'routing') part.routeTables = g.routeTables.slice(from, to);
    else if (stage === 'network') {
      // units: the NSGs, then the VNets
      part.nsgs = g.nsgs.slice(from, Math.min(to, nsgs));
      part.vnets = g.vnets.slice(Math.max(from - nsgs, 0), Math.max(to - nsgs, 0));
    } else if (stage === 'peering') part.links = g.links.slice(from, to);
    else part.remoteGatewayLinks = g.remoteGatewayLinks.slice(from, to);
    return part;
  });
}

/** One module: the stage's resources of `g` (a whole group, or one part from `stageParts`). */
export function stageModule(api: ApiVersions, g: PlannedGroup, stage: Stage): BicepModule {
  const c = new Ctx(api);
  if (stage === 'routing') {
    for (const rt of g.routeTables) c.add(routeTableText(c, rt));
  } else if (stage === 'network') {
    for (const n of g.nsgs) {
      const sym = c.sym('nsg', n.name);
      c.nsgSyms.set(n.name.toLowerCase(), sym);
      c.add(resource([`Network security group ${n.name} (created empty: Azure's default rules apply)`], sym, c.type('networkSecurityGroups'), { name: n.name, location: raw(c.param(n.location.param)), properties: {} }));
    }
    for (const v of g.vnets) vnetBlocks(c, v);
  } else {
    linkBlocks(c, stage === 'peering' ? g.links : g.remoteGatewayLinks);
  }
  return { text: c.blocks.parts(), params: c.params };
}
