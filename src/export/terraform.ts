/**
 * Terraform (azurerm 4.x) export, three files: providers.tf (one aliased provider per subscription,
 * reference 9), variables.tf (subscription ids and regions) and main.tf. Terraform orders by references;
 * a link that uses the remote gateway also `depends_on` the hub's gateway and the hub's transit link
 * (reference 1.7 rule 5), and every link to a designed VNet carries `triggers` on the remote address
 * space so a resize re-syncs it (reference 9).
 */
import type { Design } from '../model/schema';
import type { ExportOptions } from './apiVersions';
import { commentText, hclString } from './escape';
import { Names, snakeCase } from './names';
import { planFor, type DeployPlan, type PlannedGroup, type PlannedLink, type PlannedVNet, type Scope, type VNetRef } from './plan';
import { headerLines } from './stages';
import { Joined } from './text';
import { expr, printBlock, type HBlock } from './hclWriter';
import { commentLines, hclList, hclMap, nestedBlock, resourceText, type Printed } from './hclText';
import type { MultiFileExport } from './types';

class Ctx {
  readonly names = new Names();
  /** printed resources, straight to text (no block objects) */
  readonly blocks = new Joined('\n\n');
  /** references by resource type, then key (a key is often an id string whose hash V8 has cached) */
  private readonly refs = new Map<string, Map<string, string>>();
  private readonly providers = new Map<string, string>();
  private readonly locs = new Map<string, string>();
  constructor(readonly plan: DeployPlan) {}
  /** Writes a resource; `pairs` is `key, printed value, ...` (a fresh literal: the provider is prepended in place). */
  add(type: string, key: string, name: string, scope: Scope | undefined, comments: string, pairs: Printed[], nested?: string): string {
    const id = this.names.take(snakeCase(name, 'r'));
    const ref = `${type}.${id}`;
    let byKey = this.refs.get(type);
    if (!byKey) this.refs.set(type, (byKey = new Map()));
    byKey.set(key, ref);
    if (scope) pairs.unshift('provider', this.provider(scope));
    this.blocks.add(resourceText(comments, type, id, pairs, nested));
    return ref;
  }
  private byEnds: Map<string, PlannedLink> | undefined;
  /** Links of the `peering` stage by `from\0to` VNet ids (the hub side of a transit pair). */
  transitLinks(): Map<string, PlannedLink> {
    this.byEnds ??= new Map(this.plan.groups.flatMap((g) => g.links).map((l) => [`${l.local.vnetId}\u0000${l.remote.vnetId}`, l]));
    return this.byEnds;
  }
  private readonly tokens = new Map<string, string>();
  /**
   * A short stand-in for a group key (subscription id + resource group) inside reference keys: the
   * 10,000+ keys of a big estate hash much faster without a 40-character prefix each.
   */
  tok(groupKey: string): string {
    let t = this.tokens.get(groupKey);
    if (t === undefined) this.tokens.set(groupKey, (t = String(this.tokens.size)));
    return t;
  }
  ref(type: string, key: string): string {
    return this.refs.get(type)?.get(key) ?? '';
  }
  /** `var.<location variable>` (once per location parameter) */
  loc(param: string): string {
    let l = this.locs.get(param);
    if (l === undefined) this.locs.set(param, (l = `var.${varName(param)}`));
    return l;
  }
  /** `azurerm.<alias>` of a scope's subscription (once per subscription, not per resource) */
  private provider(scope: Scope): string {
    let p = this.providers.get(scope.sub.param);
    if (p === undefined) this.providers.set(scope.sub.param, (p = `azurerm.${alias(scope)}`));
    return p;
  }
}

const alias = (scope: Scope): string => snakeCase(scope.sub.param.replace(/SubscriptionId$/, '') || 'default', 'sub');
const varName = (p: string): string => snakeCase(p, 'v');
const bool = (b: boolean): string => (b ? 'true' : 'false');
const comment = (text: string): string => `# ${commentText(text)}\n`;

/** `ip_configuration`-style nested block of a gateway, firewall or bastion. */
function ipBlock(kind: string, name: string, subnetId: string, pipRef: string, dynamic = false): string {
  return nestedBlock(kind, ['name', hclString(name), 'subnet_id', subnetId, 'public_ip_address_id', `${pipRef}.id`, 'private_ip_address_allocation', dynamic ? '"Dynamic"' : undefined]);
}

function network(c: Ctx, g: PlannedGroup, v: PlannedVNet): void {
  const t = c.tok(g.key);
  const rg = `${c.ref('azurerm_resource_group', t)}.name`;
  const location = c.loc(v.location.param);
  const notes = comment(`Virtual network ${v.ref.name} (subnets as azurerm_subnet resources, never inline)`) + commentLines(v.nvas.map((n) => `NVA ${n.name} is not created: its IP ${n.privateIpAddress} is expected in subnet ${n.subnetName}`));
  const vnet = c.add('azurerm_virtual_network', `${t}|${v.ref.name}`, v.ref.name, g, notes, [
    'name', hclString(v.ref.name), 'resource_group_name', rg, 'location', location,
    'address_space', hclList(v.addressPrefixes),
    'dns_servers', v.dnsServers.length ? hclList(v.dnsServers) : undefined,
    'tags', v.tags.length ? hclMap(v.tags.map(([k, x]) => [k, hclString(x)])) : undefined,
  ]);
  const subnetIds = new Map<string, string>();
  for (const s of v.subnets) {
    const sn = c.add('azurerm_subnet', `${t}|${v.ref.name}|${s.name}`, `${v.ref.name} ${s.name}`, g, comment(`Subnet ${s.name} of ${v.ref.name}`), [
      'name', hclString(s.name), 'resource_group_name', rg, 'virtual_network_name', `${vnet}.name`, 'address_prefixes', hclList(s.addressPrefixes),
    ]);
    subnetIds.set(s.name.toLowerCase(), `${sn}.id`);
    if (s.routeTable) {
      c.add('azurerm_subnet_route_table_association', `${sn}|rt`, `${v.ref.name} ${s.name} rt`, g, comment(`Route table ${s.routeTable.name} on ${s.name}`), [
        'subnet_id', `${sn}.id`, 'route_table_id', `${c.ref('azurerm_route_table', s.routeTable.id)}.id`,
      ]);
    }
    if (s.nsg !== undefined) {
      c.add('azurerm_subnet_network_security_group_association', `${sn}|nsg`, `${v.ref.name} ${s.name} nsg`, g, comment(`NSG ${s.nsg} on ${s.name}`), [
        'subnet_id', `${sn}.id`, 'network_security_group_id', `${c.ref('azurerm_network_security_group', `${t}|${s.nsg.toLowerCase()}`)}.id`,
      ]);
    }
  }
  const subnetId = (name: string): string => subnetIds.get(name.toLowerCase()) ?? `"\${${vnet}.id}/subnets/${name}"`;
  const pip = (name: string, what: string): string => c.add('azurerm_public_ip', `${t}|${name}`, name, g, comment(`Public IP of ${what}`), ['name', hclString(name), 'resource_group_name', rg, 'location', location, 'sku', '"Standard"', 'allocation_method', '"Static"']);
  for (const gw of v.gateways) {
    const pips = gw.publicIps.map((p) => pip(p, `gateway ${gw.name}`));
    const nested = pips.map((p, i) => ipBlock('ip_configuration', `ipconfig${i + 1}`, subnetId('GatewaySubnet'), p, true)).join('') + (gw.asn !== undefined ? nestedBlock('bgp_settings', ['asn', String(gw.asn)]) : '');
    c.add('azurerm_virtual_network_gateway', `${t}|${v.ref.name}|gw`, gw.name, g, comment(`${gw.gatewayType} gateway ${gw.name} (takes 30-45 minutes)`), [
      'name', hclString(gw.name), 'resource_group_name', rg, 'location', location,
      'type', hclString(gw.gatewayType),
      'vpn_type', gw.gatewayType === 'Vpn' ? '"RouteBased"' : undefined,
      'sku', hclString(gw.sku),
      'active_active', bool(gw.activeActive),
      'bgp_enabled', bool(gw.asn !== undefined),
    ], nested);
  }
  for (const fw of v.firewalls) {
    const p = pip(fw.publicIp, `Azure Firewall ${fw.name}`);
    const m = fw.managementPublicIp === undefined ? undefined : pip(fw.managementPublicIp, `Azure Firewall ${fw.name} management (Basic tier)`);
    const pol = c.add('azurerm_firewall_policy', `${t}|${fw.policy}`, fw.policy, g, comment(`Firewall policy of ${fw.name} (add rule collection groups here)`), [
      'name', hclString(fw.policy), 'resource_group_name', rg, 'location', location, 'sku', hclString(fw.tier),
    ]);
    const nested = ipBlock('ip_configuration', 'ipconfig1', subnetId('AzureFirewallSubnet'), p) + (m ? ipBlock('management_ip_configuration', 'management', subnetId('AzureFirewallManagementSubnet'), m) : '');
    c.add('azurerm_firewall', `${t}|${fw.name}`, fw.name, g, comment(`Azure Firewall ${fw.name}; the design expects its private IP ${fw.privateIpAddress}`), [
      'name', hclString(fw.name), 'resource_group_name', rg, 'location', location,
      'sku_name', '"AZFW_VNet"', 'sku_tier', hclString(fw.tier), 'firewall_policy_id', `${pol}.id`,
    ], nested);
  }
  for (const rs of v.routeServers) {
    const p = pip(rs.publicIp, `Route Server ${rs.name}`);
    c.add('azurerm_route_server', `${t}|${v.ref.name}|rs`, rs.name, g, comment(`Route Server ${rs.name}`), [
      'name', hclString(rs.name), 'resource_group_name', rg, 'location', location,
      'sku', '"Standard"', 'public_ip_address_id', `${p}.id`, 'subnet_id', subnetId('RouteServerSubnet'), 'branch_to_branch_traffic_enabled', 'false',
    ]);
  }
  for (const b of v.bastions) {
    const p = pip(b.publicIp, `Bastion ${b.name}`);
    c.add('azurerm_bastion_host', `${t}|${b.name}`, b.name, g, comment(`Azure Bastion ${b.name}`), [
      'name', hclString(b.name), 'resource_group_name', rg, 'location', location, 'sku', hclString(b.sku),
    ], ipBlock('ip_configuration', 'ipconfig1', subnetId('AzureBastionSubnet'), p));
  }
}

function remoteVnetId(l: PlannedLink, ref: string): string {
  if (ref && !l.remote.isPlaceholder) return `${ref}.id`;
  return `format("/subscriptions/%s/resourceGroups/%s/providers/Microsoft.Network/virtualNetworks/%s", var.${varName(l.remote.sub.param)}, ${hclString(l.remote.resourceGroup)}, ${hclString(l.remote.name)})`;
}

const groupKeys = new WeakMap<DeployPlan, Map<string, string>>();
/** The plan's group key of a scope (memoised per plan: called once per link end). */
function groupKeyOf(plan: DeployPlan, s: Scope): string {
  let index = groupKeys.get(plan);
  if (!index) groupKeys.set(plan, (index = new Map(plan.groups.map((g) => [`${g.sub.id}\u0000${g.resourceGroup.toLowerCase()}`, g.key]))));
  return index.get(`${s.sub.id}\u0000${s.resourceGroup.toLowerCase()}`) ?? '';
}

/** A link end's references, looked up once per VNet (and group key), not once per link. */
interface EndRefs {
  vnet: string;
  gateway: string;
}

function endRefs(c: Ctx, cache: Map<VNetRef, EndRefs>, end: VNetRef, key: string): EndRefs {
  let r = cache.get(end);
  if (!r) {
    r = {
      vnet: c.ref('azurerm_virtual_network', `${key}|${end.name}`),
      gateway: c.ref('azurerm_virtual_network_gateway', `${key}|${end.name}|gw`) || c.ref('azurerm_route_server', `${key}|${end.name}|rs`),
    };
    cache.set(end, r);
  }
  return r;
}

function links(c: Ctx, g: PlannedGroup, list: PlannedLink[], remotes: Map<VNetRef, EndRefs>): void {
  const locals = new Map<VNetRef, EndRefs>();
  for (const l of list) {
    const remoteEnd = endRefs(c, remotes, l.remote, c.tok(groupKeyOf(c.plan, l.remote)));
    const localEnd = endRefs(c, locals, l.local, c.tok(g.key));
    const deps: string[] = [];
    if (l.allowGatewayTransit && localEnd.gateway) deps.push(localEnd.gateway);
    if (l.useRemoteGateways) {
      if (remoteEnd.gateway) deps.push(remoteEnd.gateway);
      const back = c.transitLinks().get(`${l.remote.vnetId}\u0000${l.local.vnetId}`);
      const backRef = back ? c.ref('azurerm_virtual_network_peering', back.id) : '';
      if (backRef) deps.push(backRef);
    }
    const remoteRef = remoteEnd.vnet;
    const local = localEnd.vnet;
    c.add('azurerm_virtual_network_peering', l.id, l.name, g, comment(`Link ${l.local.name} -> ${l.remote.name}${l.remote.isPlaceholder ? ' (existing VNet, not created here)' : ''}`), [
      'name', hclString(l.name),
      'resource_group_name', `${local}.resource_group_name`,
      'virtual_network_name', `${local}.name`,
      'remote_virtual_network_id', remoteVnetId(l, remoteRef),
      'allow_virtual_network_access', bool(l.allowVirtualNetworkAccess),
      'allow_forwarded_traffic', bool(l.allowForwardedTraffic),
      'allow_gateway_transit', bool(l.allowGatewayTransit),
      'use_remote_gateways', bool(l.useRemoteGateways),
      'triggers', remoteRef && !l.remote.isPlaceholder ? `{\n    "remote_address_space" = join(",", ${remoteRef}.address_space)\n  }` : undefined,
      'depends_on', deps.length ? `[${deps.join(', ')}]` : undefined,
    ]);
  }
}

function terraformParts(design: Design, options?: ExportOptions): Record<string, string[]> {
  const plan = planFor(design, options?.findings);
  const c = new Ctx(plan);
  for (const g of plan.groups) {
    c.add('azurerm_resource_group', c.tok(g.key), g.resourceGroup, g, comment(`Resource group ${g.resourceGroup}`), ['name', hclString(g.resourceGroup), 'location', c.loc(g.location.param)]);
  }
  for (const g of plan.groups) {
    for (const rt of g.routeTables) {
      let routes = '';
      for (const r of rt.routes) routes += nestedBlock('route', ['name', hclString(r.name), 'address_prefix', hclString(r.addressPrefix), 'next_hop_type', hclString(r.nextHopType), 'next_hop_in_ip_address', r.nextHopIpAddress === undefined ? undefined : hclString(r.nextHopIpAddress)]);
      c.add('azurerm_route_table', rt.id, rt.name, g, comment(`Route table ${rt.name}`), [
        'name', hclString(rt.name),
        'resource_group_name', `${c.ref('azurerm_resource_group', c.tok(g.key))}.name`,
        'location', c.loc(rt.location.param),
        'bgp_route_propagation_enabled', bool(!rt.disableBgpRoutePropagation),
      ], routes);
    }
  }
  for (const g of plan.groups) {
    for (const n of g.nsgs) {
      c.add('azurerm_network_security_group', `${c.tok(g.key)}|${n.name.toLowerCase()}`, n.name, g, comment(`Network security group ${n.name} (created empty: Azure's default rules apply)`), [
        'name', hclString(n.name),
        'resource_group_name', `${c.ref('azurerm_resource_group', c.tok(g.key))}.name`,
        'location', c.loc(n.location.param),
      ]);
    }
    for (const v of g.vnets) network(c, g, v);
  }
  // Every peering is added after every network, so a VNet's references are final when first cached.
  const remotes = new Map<VNetRef, EndRefs>();
  for (const g of plan.groups) links(c, g, g.links, remotes);
  for (const g of plan.groups) links(c, g, g.remoteGatewayLinks, remotes);

  const header = headerLines(plan, 'Terraform (azurerm)').map((l) => `# ${commentText(l)}`);
  for (const s of plan.syncs) header.push(`# ${commentText(`${s.resized} was resized: link ${s.link.name} re-syncs through its triggers on apply`)}`);
  const providers: HBlock[] = [
    { header: ['terraform'], attrs: [['required_version', '>= 1.5.0']], blocks: [{ header: ['required_providers'], attrs: [['azurerm', { map: [['source', 'hashicorp/azurerm'], ['version', '~> 4.0']] }]] }] },
    ...plan.subscriptions.map((s): HBlock => ({
      comments: [`Subscription ${s.name || s.id}`],
      header: ['provider', 'azurerm'],
      attrs: [['alias', alias({ sub: s, resourceGroup: '' })], ['subscription_id', expr(`var.${varName(s.param)}`)]],
      blocks: [{ header: ['features'], attrs: [] }],
    })),
  ];
  const variables: HBlock[] = [
    ...plan.subscriptions.map((s): HBlock => ({ header: ['variable', varName(s.param)], attrs: [['description', `Subscription id${s.name ? ` of ${s.name}` : ''}`], ['type', expr('string')], ['default', s.id]] })),
    ...plan.locations.map((l): HBlock => ({ header: ['variable', varName(l.param)], attrs: [['description', 'Azure region'], ['type', expr('string')], ['default', l.value === '' ? undefined : l.value]] })),
  ];
  return {
    'main.tf': fileParts(c.blocks, header),
    'providers.tf': fileParts(joined(providers), ['# Providers: one azurerm alias per subscription (reference 9)']),
    'variables.tf': fileParts(joined(variables), ['# Subscription ids and regions']),
  };
}

function joined(blocks: HBlock[]): Joined {
  const out = new Joined('\n\n');
  for (const b of blocks) out.add(printBlock(b));
  return out;
}

/**
 * A file's text as pieces to join: header comments, a blank line, blocks separated by blank lines, and a
 * final newline. Kept as pieces so the single-text view joins the whole export once (3 MB at 1,000 spokes).
 */
function fileParts(blocks: Joined, head: string[]): string[] {
  // (printed blocks end with `}`: only a file without blocks has trailing whitespace to trim)
  if (blocks.count === 0) return [`${[...head, ...(head.length ? [''] : []), ''].join('\n').trimEnd()}\n`];
  const out = head.length ? [head.join('\n'), '\n\n'] : [];
  for (const p of blocks.parts()) out.push(p);
  out.push('\n');
  return out;
}

export function toTerraformFiles(design: Design, options?: ExportOptions): MultiFileExport {
  const files: Record<string, string> = {};
  for (const [name, parts] of Object.entries(terraformParts(design, options))) files[name] = parts.join('');
  return { files };
}

/** Every file in one text (as `joinFiles` would give), joined once. */
export function toTerraform(design: Design, options?: ExportOptions): string {
  const out: string[] = [];
  Object.entries(terraformParts(design, options)).forEach(([name, parts], i) => {
    out.push(`${i === 0 ? '' : '\n'}# ===== ${name} =====\n`);
    for (const p of parts) out.push(p);
  });
  return out.join('');
}
