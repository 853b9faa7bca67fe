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
import { planFor, type DeployPlan, type PlannedGroup, type PlannedLink, type PlannedVNet, type Scope } from './plan';
import { headerLines } from './stages';
import { expr, printBlock, type HBlock, type HVal } from './hclWriter';
import { joinFiles } from './bicep';
import type { MultiFileExport } from './types';

class Ctx {
  readonly names = new Names();
  /** printed blocks: printing as they are added keeps no block objects alive until the end (GC) */
  readonly blocks: string[] = [];
  readonly refs = new Map<string, string>();
  constructor(readonly plan: DeployPlan) {}
  add(type: string, key: string, name: string, scope: Scope | undefined, comments: string[], attrs: [string, HVal | undefined][], blocks: HBlock[] = []): string {
    const id = this.names.take(snakeCase(name, 'r'));
    const ref = `${type}.${id}`;
    this.refs.set(`${type}|${key}`, ref);
    const head: [string, HVal | undefined][] = scope ? [['provider', expr(`azurerm.${alias(scope)}`)]] : [];
    this.blocks.push(printBlock({ comments, header: ['resource', type, id], attrs: [...head, ...attrs], blocks }));
    return ref;
  }
  private byEnds: Map<string, PlannedLink> | undefined;
  /** Links of the `peering` stage by `from\0to` VNet ids (the hub side of a transit pair). */
  transitLinks(): Map<string, PlannedLink> {
    this.byEnds ??= new Map(this.plan.groups.flatMap((g) => g.links).map((l) => [`${l.local.vnetId}\u0000${l.remote.vnetId}`, l]));
    return this.byEnds;
  }
  ref(type: string, key: string): string {
    return this.refs.get(`${type}|${key}`) ?? '';
  }
}

const alias = (scope: Scope): string => snakeCase(scope.sub.param.replace(/SubscriptionId$/, '') || 'default', 'sub');
const varName = (p: string): string => snakeCase(p, 'v');
const loc = (param: string): HVal => expr(`var.${varName(param)}`);

function network(c: Ctx, g: PlannedGroup, v: PlannedVNet): void {
  const rg = expr(`${c.ref('azurerm_resource_group', g.key)}.name`);
  const base = (name: string, location: string): [string, HVal | undefined][] => [['name', name], ['resource_group_name', rg], ['location', loc(location)]];
  const notes = [`Virtual network ${v.ref.name} (subnets as azurerm_subnet resources, never inline)`, ...v.nvas.map((n) => `NVA ${n.name} is not created: its IP ${n.privateIpAddress} is expected in subnet ${n.subnetName}`)];
  const vnet = c.add('azurerm_virtual_network', `${g.key}|${v.ref.name}`, v.ref.name, g, notes, [
    ...base(v.ref.name, v.location.param),
    ['address_space', [...v.addressPrefixes]],
    ['dns_servers', v.dnsServers.length ? [...v.dnsServers] : undefined],
    ['tags', v.tags.length ? { map: v.tags.map(([k, x]) => [k, x] as [string, HVal]) } : undefined],
  ]);
  const subnetIds = new Map<string, string>();
  for (const s of v.subnets) {
    const sn = c.add('azurerm_subnet', `${g.key}|${v.ref.name}|${s.name}`, `${v.ref.name} ${s.name}`, g, [`Subnet ${s.name} of ${v.ref.name}`], [
      ['name', s.name],
      ['resource_group_name', rg],
      ['virtual_network_name', expr(`${vnet}.name`)],
      ['address_prefixes', [...s.addressPrefixes]],
    ]);
    subnetIds.set(s.name.toLowerCase(), `${sn}.id`);
    if (s.routeTable) {
      c.add('azurerm_subnet_route_table_association', `${sn}|rt`, `${v.ref.name} ${s.name} rt`, g, [`Route table ${s.routeTable.name} on ${s.name}`], [
        ['subnet_id', expr(`${sn}.id`)],
        ['route_table_id', expr(`${c.ref('azurerm_route_table', s.routeTable.id)}.id`)],
      ]);
    }
    if (s.nsg !== undefined) {
      c.add('azurerm_subnet_network_security_group_association', `${sn}|nsg`, `${v.ref.name} ${s.name} nsg`, g, [`NSG ${s.nsg} on ${s.name}`], [
        ['subnet_id', expr(`${sn}.id`)],
        ['network_security_group_id', expr(`${c.ref('azurerm_network_security_group', `${g.key}|${s.nsg.toLowerCase()}`)}.id`)],
      ]);
    }
  }
  const subnetId = (name: string): HVal => {
    const known = subnetIds.get(name.toLowerCase());
    return known ? expr(known) : expr(`"\${${vnet}.id}/subnets/${name}"`);
  };
  const pip = (name: string, what: string): string =>
    c.add('azurerm_public_ip', `${g.key}|${name}`, name, g, [`Public IP of ${what}`], [...base(name, v.location.param), ['sku', 'Standard'], ['allocation_method', 'Static']]);
  const ipBlock = (kind: string, name: string, subnet: string, pipRef: string, dynamic = false): HBlock => ({
    header: [kind],
    attrs: [['name', name], ['subnet_id', subnetId(subnet)], ['public_ip_address_id', expr(`${pipRef}.id`)], ['private_ip_address_allocation', dynamic ? 'Dynamic' : undefined]],
  });
  for (const gw of v.gateways) {
    const pips = gw.publicIps.map((p) => pip(p, `gateway ${gw.name}`));
    c.add('azurerm_virtual_network_gateway', `${g.key}|${v.ref.name}|gw`, gw.name, g, [`${gw.gatewayType} gateway ${gw.name} (takes 30-45 minutes)`], [
      ...base(gw.name, v.location.param),
      ['type', gw.gatewayType],
      ['vpn_type', gw.gatewayType === 'Vpn' ? 'RouteBased' : undefined],
      ['sku', gw.sku],
      ['active_active', gw.activeActive],
      ['bgp_enabled', gw.asn !== undefined],
    ], [...pips.map((p, i) => ipBlock('ip_configuration', `ipconfig${i + 1}`, 'GatewaySubnet', p, true)), ...(gw.asn !== undefined ? [{ header: ['bgp_settings'], attrs: [['asn', gw.asn]] } as HBlock] : [])]);
  }
  for (const fw of v.firewalls) {
    const p = pip(fw.publicIp, `Azure Firewall ${fw.name}`);
    const m = fw.managementPublicIp === undefined ? undefined : pip(fw.managementPublicIp, `Azure Firewall ${fw.name} management (Basic tier)`);
    const pol = c.add('azurerm_firewall_policy', `${g.key}|${fw.policy}`, fw.policy, g, [`Firewall policy of ${fw.name} (add rule collection groups here)`], [...base(fw.policy, v.location.param), ['sku', fw.tier]]);
    c.add('azurerm_firewall', `${g.key}|${fw.name}`, fw.name, g, [`Azure Firewall ${fw.name}; the design expects its private IP ${fw.privateIpAddress}`], [
      ...base(fw.name, v.location.param),
      ['sku_name', 'AZFW_VNet'],
      ['sku_tier', fw.tier],
      ['firewall_policy_id', expr(`${pol}.id`)],
    ], [ipBlock('ip_configuration', 'ipconfig1', 'AzureFirewallSubnet', p), ...(m ? [ipBlock('management_ip_configuration', 'management', 'AzureFirewallManagementSubnet', m)] : [])]);
  }
  for (const rs of v.routeServers) {
    const p = pip(rs.publicIp, `Route Server ${rs.name}`);
    c.add('azurerm_route_server', `${g.key}|${v.ref.name}|rs`, rs.name, g, [`Route Server ${rs.name}`], [
      ...base(rs.name, v.location.param),
      ['sku', 'Standard'],
      ['public_ip_address_id', expr(`${p}.id`)],
      ['subnet_id', subnetId('RouteServerSubnet')],
      ['branch_to_branch_traffic_enabled', false],
    ]);
  }
  for (const b of v.bastions) {
    const p = pip(b.publicIp, `Bastion ${b.name}`);
    c.add('azurerm_bastion_host', `${g.key}|${b.name}`, b.name, g, [`Azure Bastion ${b.name}`], [...base(b.name, v.location.param), ['sku', b.sku]], [ipBlock('ip_configuration', 'ipconfig1', 'AzureBastionSubnet', p)]);
  }
}

function remoteVnetId(c: Ctx, l: PlannedLink): HVal {
  const ref = c.ref('azurerm_virtual_network', `${groupKeyOf(c.plan, l.remote)}|${l.remote.name}`);
  if (ref && !l.remote.isPlaceholder) return expr(`${ref}.id`);
  return expr(`format("/subscriptions/%s/resourceGroups/%s/providers/Microsoft.Network/virtualNetworks/%s", var.${varName(l.remote.sub.param)}, ${hclString(l.remote.resourceGroup)}, ${hclString(l.remote.name)})`);
}

const groupKeys = new WeakMap<DeployPlan, Map<string, string>>();
/** The plan's group key of a scope (memoised per plan: called once per link end). */
function groupKeyOf(plan: DeployPlan, s: Scope): string {
  let index = groupKeys.get(plan);
  if (!index) groupKeys.set(plan, (index = new Map(plan.groups.map((g) => [`${g.sub.id}\u0000${g.resourceGroup.toLowerCase()}`, g.key]))));
  return index.get(`${s.sub.id}\u0000${s.resourceGroup.toLowerCase()}`) ?? '';
}

function links(c: Ctx, g: PlannedGroup, list: PlannedLink[]): void {
  for (const l of list) {
    const remoteKey = groupKeyOf(c.plan, l.remote);
    const deps: string[] = [];
    if (l.allowGatewayTransit) {
      const own = c.ref('azurerm_virtual_network_gateway', `${g.key}|${l.local.name}|gw`) || c.ref('azurerm_route_server', `${g.key}|${l.local.name}|rs`);
      if (own) deps.push(own);
    }
    if (l.useRemoteGateways) {
      const gw = c.ref('azurerm_virtual_network_gateway', `${remoteKey}|${l.remote.name}|gw`) || c.ref('azurerm_route_server', `${remoteKey}|${l.remote.name}|rs`);
      if (gw) deps.push(gw);
      const back = c.transitLinks().get(`${l.remote.vnetId}\u0000${l.local.vnetId}`);
      const backRef = back ? c.ref('azurerm_virtual_network_peering', back.id) : '';
      if (backRef) deps.push(backRef);
    }
    const remoteRef = c.ref('azurerm_virtual_network', `${remoteKey}|${l.remote.name}`);
    const local = c.ref('azurerm_virtual_network', `${g.key}|${l.local.name}`);
    c.add('azurerm_virtual_network_peering', l.id, l.name, g, [`Link ${l.local.name} -> ${l.remote.name}${l.remote.isPlaceholder ? ' (existing VNet, not created here)' : ''}`], [
      ['name', l.name],
      ['resource_group_name', expr(`${local}.resource_group_name`)],
      ['virtual_network_name', expr(`${local}.name`)],
      ['remote_virtual_network_id', remoteVnetId(c, l)],
      ['allow_virtual_network_access', l.allowVirtualNetworkAccess],
      ['allow_forwarded_traffic', l.allowForwardedTraffic],
      ['allow_gateway_transit', l.allowGatewayTransit],
      ['use_remote_gateways', l.useRemoteGateways],
      ['triggers', remoteRef && !l.remote.isPlaceholder ? { map: [['remote_address_space', expr(`join(",", ${remoteRef}.address_space)`)]] } : undefined],
      ['depends_on', deps.length ? deps.map(expr) : undefined],
    ]);
  }
}

export function toTerraformFiles(design: Design, options?: ExportOptions): MultiFileExport {
  const plan = planFor(design, options?.findings);
  const c = new Ctx(plan);
  for (const g of plan.groups) {
    c.add('azurerm_resource_group', g.key, g.resourceGroup, g, [`Resource group ${g.resourceGroup}`], [['name', g.resourceGroup], ['location', loc(g.location.param)]]);
  }
  for (const g of plan.groups) {
    for (const rt of g.routeTables) {
      c.add('azurerm_route_table', rt.id, rt.name, g, [`Route table ${rt.name}`], [
        ['name', rt.name],
        ['resource_group_name', expr(`${c.ref('azurerm_resource_group', g.key)}.name`)],
        ['location', loc(rt.location.param)],
        ['bgp_route_propagation_enabled', !rt.disableBgpRoutePropagation],
      ], rt.routes.map((r) => ({ header: ['route'], attrs: [['name', r.name], ['address_prefix', r.addressPrefix], ['next_hop_type', r.nextHopType], ['next_hop_in_ip_address', r.nextHopIpAddress]] })));
    }
  }
  for (const g of plan.groups) {
    for (const n of g.nsgs) {
      c.add('azurerm_network_security_group', `${g.key}|${n.name.toLowerCase()}`, n.name, g, [`Network security group ${n.name} (created empty: Azure's default rules apply)`], [
        ['name', n.name],
        ['resource_group_name', expr(`${c.ref('azurerm_resource_group', g.key)}.name`)],
        ['location', loc(n.location.param)],
      ]);
    }
    for (const v of g.vnets) network(c, g, v);
  }
  for (const g of plan.groups) links(c, g, g.links);
  for (const g of plan.groups) links(c, g, g.remoteGatewayLinks);

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
  const file = (blocks: string[], head: string[] = []) => `${[...head, ...(head.length ? [''] : []), blocks.join('\n\n')].join('\n').trimEnd()}\n`;
  return {
    files: {
      'main.tf': file(c.blocks, header),
      'providers.tf': file(providers.map((b) => printBlock(b)), ['# Providers: one azurerm alias per subscription (reference 9)']),
      'variables.tf': file(variables.map((b) => printBlock(b)), ['# Subscription ids and regions']),
    },
  };
}

export function toTerraform(design: Design, options?: ExportOptions): string {
  return joinFiles(toTerraformFiles(design, options).files, '#');
}
