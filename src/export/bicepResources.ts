/**
 * The Bicep module of one resource group's stage. Subnets are child resources with `parent:` (never also
 * inline) and every write to one VNet waits for the previous one (reference 6.1, AVM's @batchSize(1));
 * peerings are children of `existing` VNets; a placeholder VNet is only referenced by resource id.
 */
import type { ApiVersions } from './apiVersions';
import { Names, camelCase } from './names';
import type { PlannedGroup, PlannedLink, PlannedVNet, Scope, Stage } from './plan';
import { raw, resource, resourceIdExpr, type BObj, type Raw } from './bicepWriter';

const NET = 'Microsoft.Network';

export interface BicepModule {
  body: string;
  /** parameter names (subscription ids and locations) the module declares */
  params: Set<string>;
}

class Ctx {
  readonly names = new Names(['location', 'resourceGroup', 'subscription', 'resourceId']);
  readonly params = new Set<string>();
  readonly blocks: string[] = [];
  constructor(readonly api: ApiVersions) {}
  param(name: string): Raw {
    this.params.add(name);
    return raw(name);
  }
  sym(prefix: string, name: string): string {
    return this.names.take(symbolName(prefix, name));
  }
  type(t: string): string {
    return `${NET}/${t}@${this.api.network}`;
  }
  scopedId(scope: Scope, type: string, ...names: string[]): Raw {
    return resourceIdExpr([this.param(scope.sub.param), scope.resourceGroup, `${NET}/${type}`, ...names]);
  }
}

/** `vnet` + `vnet-hub` -> `vnetHub` (no doubled prefix); `pip` + `gw 1` -> `pipGw1`. */
export function symbolName(prefix: string, name: string): string {
  const c = camelCase(name, 'X');
  return prefix !== '' && c.toLowerCase().startsWith(prefix.toLowerCase()) && c.length > prefix.length ? `${prefix}${c.slice(prefix.length)}` : `${prefix}${c.charAt(0).toUpperCase()}${c.slice(1)}`;
}

const dep = (syms: string[]): Raw[] => syms.map(raw);

function publicIp(c: Ctx, name: string, loc: string, what: string): string {
  const sym = c.sym('pip', name);
  c.blocks.push(
    resource([`Public IP of ${what}`], sym, c.type('publicIPAddresses'), {
      name,
      location: c.param(loc),
      sku: { name: 'Standard', tier: 'Regional' },
      properties: { publicIPAllocationMethod: 'Static', publicIPAddressVersion: 'IPv4' },
    }),
  );
  return sym;
}

function vnetBlocks(c: Ctx, v: PlannedVNet, nsgSyms: Map<string, string>): void {
  const name = v.ref.name;
  const loc = v.location.param;
  const vnetSym = c.sym('vnet', name);
  const props: BObj = { addressSpace: { addressPrefixes: [...v.addressPrefixes] } };
  if (v.dnsServers.length > 0) props['dhcpOptions'] = { dnsServers: [...v.dnsServers] };
  const body: BObj = { name, location: c.param(loc) };
  if (v.tags.length > 0) body['tags'] = Object.fromEntries(v.tags);
  body['properties'] = props;
  const notes = [`Virtual network ${name}: subnets are child resources below, never inline (reference 6.1)`];
  for (const n of v.nvas) notes.push(`NVA ${n.name} is not created: its IP ${n.privateIpAddress} is expected in subnet ${n.subnetName}`);
  c.blocks.push(resource(notes, vnetSym, c.type('virtualNetworks'), body));
  let previous = vnetSym;
  const subnetSyms = new Map<string, string>();
  const subnetRef = (subnet: string): BObj => {
    const s = subnetSyms.get(subnet.toLowerCase());
    return { id: s ? raw(`${s}.id`) : resourceIdExpr([`${NET}/virtualNetworks/subnets`, name, subnet]) };
  };
  for (const s of v.subnets) {
    const sym = c.sym('snet', `${name} ${s.name}`);
    subnetSyms.set(s.name.toLowerCase(), sym);
    const sp: BObj = s.addressPrefixes.length === 1 ? { addressPrefix: s.addressPrefixes[0] ?? '' } : { addressPrefixes: [...s.addressPrefixes] };
    if (s.routeTable) sp['routeTable'] = { id: c.scopedId(s.routeTable.scope, 'routeTables', s.routeTable.name) };
    const nsgSym = s.nsg === undefined ? undefined : nsgSyms.get(s.nsg.toLowerCase());
    if (nsgSym) sp['networkSecurityGroup'] = { id: raw(`${nsgSym}.id`) };
    const deps = previous === vnetSym ? [] : [previous];
    c.blocks.push(resource([`Subnet ${s.name}`], sym, c.type('virtualNetworks/subnets'), { parent: raw(vnetSym), name: s.name, properties: sp, dependsOn: deps.length ? dep(deps) : undefined }));
    previous = sym;
  }
  const ipConfig = (n: string, subnet: string, pipSym: string, withAllocation = false): BObj => ({
    name: n,
    properties: { ...(withAllocation ? { privateIPAllocationMethod: 'Dynamic' } : {}), subnet: subnetRef(subnet), publicIPAddress: { id: raw(`${pipSym}.id`) } },
  });
  for (const gw of v.gateways) {
    const pips = gw.publicIps.map((p) => publicIp(c, p, loc, `gateway ${gw.name}`));
    const sym = c.sym('vgw', gw.name);
    const gp: BObj = {
      gatewayType: gw.gatewayType,
      vpnType: gw.gatewayType === 'Vpn' ? 'RouteBased' : undefined,
      sku: { name: gw.sku, tier: gw.sku },
      activeActive: gw.activeActive,
      enableBgp: gw.asn !== undefined,
      bgpSettings: gw.asn !== undefined ? { asn: gw.asn } : undefined,
      ipConfigurations: pips.map((p, i) => ipConfig(`ipconfig${i + 1}`, 'GatewaySubnet', p, true)),
    };
    c.blocks.push(resource([`${gw.gatewayType} gateway ${gw.name} (takes 30-45 minutes)`], sym, c.type('virtualNetworkGateways'), { name: gw.name, location: c.param(loc), properties: gp, dependsOn: dep([previous]) }));
    previous = sym;
  }
  for (const fw of v.firewalls) {
    const pip = publicIp(c, fw.publicIp, loc, `Azure Firewall ${fw.name}`);
    const mgmt = fw.managementPublicIp === undefined ? undefined : publicIp(c, fw.managementPublicIp, loc, `Azure Firewall ${fw.name} management (Basic tier)`);
    const policy = c.sym('afwp', fw.policy);
    c.blocks.push(resource([`Firewall policy of ${fw.name} (add rule collection groups here)`], policy, c.type('firewallPolicies'), { name: fw.policy, location: c.param(loc), properties: { sku: { tier: fw.tier } } }));
    const sym = c.sym('afw', fw.name);
    const fp: BObj = {
      sku: { name: 'AZFW_VNet', tier: fw.tier },
      firewallPolicy: { id: raw(`${policy}.id`) },
      ipConfigurations: [ipConfig('ipconfig1', 'AzureFirewallSubnet', pip)],
      managementIpConfiguration: mgmt === undefined ? undefined : ipConfig('management', 'AzureFirewallManagementSubnet', mgmt),
    };
    c.blocks.push(resource([`Azure Firewall ${fw.name}; the design expects its private IP ${fw.privateIpAddress}`], sym, c.type('azureFirewalls'), { name: fw.name, location: c.param(loc), properties: fp, dependsOn: dep([previous]) }));
    previous = sym;
  }
  for (const rs of v.routeServers) {
    const pip = publicIp(c, rs.publicIp, loc, `Route Server ${rs.name}`);
    const sym = c.sym('rs', rs.name);
    c.blocks.push(resource([`Route Server ${rs.name}`], sym, c.type('virtualHubs'), { name: rs.name, location: c.param(loc), properties: { sku: 'Standard', allowBranchToBranchTraffic: false }, dependsOn: dep([previous]) }));
    const ipSym = c.sym('rsIpConfig', rs.name);
    c.blocks.push(resource([`Route Server ${rs.name} in RouteServerSubnet`], ipSym, c.type('virtualHubs/ipConfigurations'), { parent: raw(sym), name: 'ipconfig1', properties: { subnet: subnetRef('RouteServerSubnet'), publicIPAddress: { id: raw(`${pip}.id`) } } }));
    previous = ipSym;
  }
  for (const b of v.bastions) {
    const pip = publicIp(c, b.publicIp, loc, `Bastion ${b.name}`);
    const sym = c.sym('bas', b.name);
    c.blocks.push(resource([`Azure Bastion ${b.name}`], sym, c.type('bastionHosts'), { name: b.name, location: c.param(loc), sku: { name: b.sku }, properties: { ipConfigurations: [ipConfig('ipconfig1', 'AzureBastionSubnet', pip)] }, dependsOn: dep([previous]) }));
    previous = sym;
  }
}

function linkBlocks(c: Ctx, links: PlannedLink[]): void {
  const parents = new Map<string, string>();
  let previous: string | undefined;
  for (const l of links) {
    let parent = parents.get(l.local.name.toLowerCase());
    if (!parent) {
      parent = c.sym('vnet', l.local.name);
      parents.set(l.local.name.toLowerCase(), parent);
      c.blocks.push(resource([`Existing VNet ${l.local.name} (deployed by the network stage)`], parent, c.type('virtualNetworks'), { name: l.local.name }, true));
    }
    const sym = c.sym('peer', l.name);
    c.blocks.push(
      resource([`Link ${l.local.name} -> ${l.remote.name}${l.remote.isPlaceholder ? ' (existing VNet, not created here)' : ''}`], sym, c.type('virtualNetworks/virtualNetworkPeerings'), {
        parent: raw(parent),
        name: l.name,
        properties: {
          remoteVirtualNetwork: { id: c.scopedId(l.remote, 'virtualNetworks', l.remote.name) },
          allowVirtualNetworkAccess: l.allowVirtualNetworkAccess,
          allowForwardedTraffic: l.allowForwardedTraffic,
          allowGatewayTransit: l.allowGatewayTransit,
          useRemoteGateways: l.useRemoteGateways,
        },
        dependsOn: previous === undefined ? undefined : dep([previous]),
      }),
    );
    previous = sym;
  }
}

export function stageModule(api: ApiVersions, g: PlannedGroup, stage: Stage): BicepModule {
  const c = new Ctx(api);
  if (stage === 'routing') {
    for (const rt of g.routeTables) {
      c.blocks.push(
        resource([`Route table ${rt.name}`], c.sym('rt', rt.name), c.type('routeTables'), {
          name: rt.name,
          location: c.param(rt.location.param),
          properties: {
            disableBgpRoutePropagation: rt.disableBgpRoutePropagation,
            routes: rt.routes.map((r) => ({
              name: r.name,
              properties: { addressPrefix: r.addressPrefix, nextHopType: r.nextHopType, nextHopIpAddress: r.nextHopIpAddress },
            })),
          },
        }),
      );
    }
  } else if (stage === 'network') {
    const nsgSyms = new Map<string, string>();
    for (const n of g.nsgs) {
      const sym = c.sym('nsg', n.name);
      nsgSyms.set(n.name.toLowerCase(), sym);
      c.blocks.push(resource([`Network security group ${n.name} (created empty: Azure's default rules apply)`], sym, c.type('networkSecurityGroups'), { name: n.name, location: c.param(n.location.param), properties: {} }));
    }
    for (const v of g.vnets) vnetBlocks(c, v, nsgSyms);
  } else {
    linkBlocks(c, stage === 'peering' ? g.links : g.remoteGatewayLinks);
  }
  return { body: c.blocks.join('\n'), params: c.params };
}
