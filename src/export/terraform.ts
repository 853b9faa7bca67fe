/**
 * Terraform (azurerm 4.x) export, three files: providers.tf (one aliased provider per subscription,
 * reference 9, pinned to its tenant and cloud when the design needs it, plus aliases for links across
 * tenants: terraformTenants.ts), variables.tf (subscription and tenant ids, regions, on-premises
 * connection settings) and main.tf. Terraform orders by references; a link that uses the remote gateway
 * also `depends_on` the hub's gateway and the hub's transit link (reference 1.7 rule 5), and every link
 * to a designed VNet carries `triggers` on the remote address space so a resize re-syncs it (reference
 * 9). The text is `terraform fmt` canonical (hclText.ts `attrLines`).
 */
import type { Design } from '../model/schema';
import type { ExportOptions } from './apiVersions';
import { commentText, hclString } from './escape';
import { nestedBlock } from './hclText';
import { expr, printBlock, type HBlock } from './hclWriter';
import { planFor, type DeployPlan, type PlannedGroup } from './plan';
import { headerLines } from './stages';
import { alias, Blocks, bool, comment, Ctx, varName } from './terraformContext';
import { LinkWriter } from './terraformLinks';
import { networks } from './terraformNetwork';
import { siteVariables } from './terraformSites';
import { cloudEnvironments, tenantSetup } from './terraformTenants';
import type { MultiFileExport } from './types';

/**
 * azurerm 4.x only. The export writes `enable_bgp` on gateways and connections: azurerm 5.0 removes it
 * (registered only `if !features.FivePointOh()` in internal/services/network/virtual_network_gateway_resource.go
 * and virtual_network_gateway_connection_resource.go at v5.0.0), and its replacement `bgp_enabled` exists
 * only from 4.62.0. Every other argument written is in azurerm v4.0.0's resource schemas (checked in
 * hashicorp/terraform-provider-azurerm at tag v4.0.0; `triggers` on peerings since 3.x, CHANGELOG-v3.md
 * #20877; `bgp_route_propagation_enabled` since the 4.0 rename) and in the 4.55.0 schema the tests check
 * against (../shared/schemas/terraform/azurerm-network.json). Some values need a later 4.x: the minimum
 * is raised to the first release that accepts every SKU the design uses.
 */
export function providerVersion(plan: DeployPlan): string {
  let minor = 0;
  for (const g of plan.groups) {
    for (const v of g.vnets) {
      // CHANGELOG-v4.md 4.56.0: "`azurerm_virtual_network_gateway` - add support for the `ErGwScale` SKU" (#31082)
      for (const gw of v.gateways) if (gw.sku.trim() === 'ErGwScale') minor = Math.max(minor, 56);
      // CHANGELOG-v4.md 4.5.0: "`azurerm_bastion_host` - support for the `Premium` SKU" (#27278)
      for (const b of v.bastions) if (b.sku.trim() === 'Premium') minor = Math.max(minor, 5);
    }
  }
  return `~> 4.${minor}`;
}

function resourceGroup(c: Ctx, g: PlannedGroup): void {
  const ref = c.add('azurerm_resource_group', g.resourceGroup, g, comment(`Resource group ${g.resourceGroup}`), ['name', hclString(g.resourceGroup), 'location', c.loc(g.location.param)]);
  c.rgNames.set(g.key, `${ref}.name`);
}

function routeTables(c: Ctx, g: PlannedGroup): void {
  const rg = c.rgNames.get(g.key) ?? '.name';
  for (const rt of g.routeTables) {
    const routes = rt.routes.map((r) => nestedBlock('route', [
      'name', hclString(r.name), 'address_prefix', hclString(r.addressPrefix), 'next_hop_type', hclString(r.nextHopType),
      'next_hop_in_ip_address', r.nextHopIpAddress === undefined ? undefined : hclString(r.nextHopIpAddress),
    ]));
    c.routeTables.set(rt.id, c.add('azurerm_route_table', rt.name, g, comment(`Route table ${rt.name}`), [
      'name', hclString(rt.name), 'resource_group_name', rg, 'location', c.loc(rt.location.param),
      'bgp_route_propagation_enabled', bool(!rt.disableBgpRoutePropagation),
    ], routes.join('')));
  }
}

function nsgs(c: Ctx, g: PlannedGroup): void {
  const byName = c.nsgsIn(g.key);
  for (const n of g.nsgs) {
    const ref = c.add('azurerm_network_security_group', n.name, g, comment(`Network security group ${n.name} (created empty: Azure's default rules apply)`), [
      'name', hclString(n.name), 'resource_group_name', c.rgNames.get(g.key) ?? '.name', 'location', c.loc(n.location.param),
    ]);
    byName.set(n.name.toLowerCase(), ref);
  }
}

function terraformParts(design: Design, options?: ExportOptions): Record<string, string[]> {
  const plan = planFor(design, options?.findings);
  const c = new Ctx();
  for (const g of plan.groups) resourceGroup(c, g);
  for (const g of plan.groups) routeTables(c, g);
  for (const g of plan.groups) {
    nsgs(c, g);
    networks(c, g);
  }
  // Every peering is added after every network, so a VNet's references are final when first used.
  const tenants = tenantSetup(design, plan, c);
  const environments = cloudEnvironments(design);
  const links = new LinkWriter(c, plan);
  for (const g of plan.groups) links.write(g, g.links);
  for (const g of plan.groups) links.write(g, g.remoteGatewayLinks);

  const header = headerLines(plan, 'Terraform (azurerm)').map((l) => `# ${commentText(l)}`);
  for (const s of plan.syncs) header.push(`# ${commentText(`${s.resized} was resized: link ${s.link.name} re-syncs through its triggers on apply`)}`);
  for (const line of tenants.header) header.push(`# ${commentText(line)}`);
  const providers: HBlock[] = [
    { header: ['terraform'], attrs: [['required_version', '>= 1.5.0']], blocks: [{ header: ['required_providers'], attrs: [['azurerm', { map: [['source', 'hashicorp/azurerm'], ['version', providerVersion(plan)]] }]] }] },
    ...plan.subscriptions.map((s): HBlock => {
      const tenant = tenants.tenantVar.get(s.param);
      return {
        comments: [`Subscription ${s.name || s.id}`],
        header: ['provider', 'azurerm'],
        attrs: [['alias', alias({ sub: s, resourceGroup: '' })], ['subscription_id', expr(`var.${varName(s.param)}`)], ['tenant_id', tenant === undefined ? undefined : expr(`var.${tenant}`)], ['environment', environments.get(s.id)]],
        blocks: [{ header: ['features'], attrs: [] }],
      };
    }),
    ...tenants.providers,
  ];
  const sites = siteVariables(plan);
  const variables: HBlock[] = [
    ...plan.subscriptions.map((s): HBlock => ({ header: ['variable', varName(s.param)], attrs: [['description', `Subscription id${s.name ? ` of ${s.name}` : ''}`], ['type', expr('string')], ['default', s.id]] })),
    ...tenants.variables,
    ...plan.locations.map((l): HBlock => ({ header: ['variable', varName(l.param)], attrs: [['description', 'Azure region'], ['type', expr('string')], ['default', l.value === '' ? undefined : l.value]] })),
    ...sites,
  ];
  const variablesHead = `# Subscription ids${tenants.variables.length ? ', tenant ids' : ''} and regions${sites.length ? '; on-premises connection settings (the shared keys are sensitive and have no default: pass them with -var or TF_VAR_...)' : ''}`;
  return {
    'main.tf': fileParts(c.blocks, header),
    'providers.tf': fileParts(joined(providers), ['# Providers: one azurerm alias per subscription, so each resource deploys where it belongs']),
    'variables.tf': fileParts(joined(variables), [variablesHead]),
  };
}

function joined(blocks: HBlock[]): Blocks {
  const out = new Blocks();
  for (const b of blocks) out.add('\n\n' + printBlock(b));
  return out;
}

/**
 * A file's text as pieces to join: header comments, a blank line, blocks separated by blank lines, and a
 * final newline. Kept as pieces so the single-text view joins the whole export once (3 MB at 1,000 spokes).
 */
function fileParts(blocks: Blocks, head: string[]): string[] {
  // (printed blocks end with `}`: only a file without blocks has trailing whitespace to trim)
  if (blocks.count === 0) return [`${[...head, ...(head.length ? [''] : []), ''].join('\n').trimEnd()}\n`];
  // (each block starts with the blank line before it: a file without a header drops the first one)
  const parts = blocks.parts();
  if (head.length === 0) return [(parts[0] ?? '').slice(2), ...parts.slice(1), '\n'];
  return [head.join('\n'), ...parts, '\n'];
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
