/**
 * Terraform across Microsoft Entra tenants. A design whose subscriptions sit in more than one (known)
 * tenant pins each provider to its subscription's tenant (`tenant_id`). A peering link from a VNet in
 * one tenant to a VNet in another is created by a caller authenticated in both: the link deploys through
 * a provider alias of its own subscription and tenant with the remote tenant in `auxiliary_tenant_ids`
 * (one alias per subscription and remote tenant, so the provider's limit of 3 auxiliary tenants never
 * binds).
 *
 * Sources: hashicorp/terraform-provider-azurerm `website/docs/index.html.markdown` (4.x): "`tenant_id` -
 * The Tenant ID which should be used", "`auxiliary_tenant_ids` - List of auxiliary Tenant IDs required
 * for multi-tenancy and cross-tenant scenarios" (`internal/provider/provider.go`: MaxItems 3, since
 * before 4.0); Microsoft: https://learn.microsoft.com/azure/virtual-network/create-peering-different-subscriptions
 * (each side needs Network Contributor on its VNet; across tenants the user is a guest in the other
 * tenant or a multitenant service principal is consented in both), reference S8 and 1.11.
 */
import type { Design } from '../model/schema';
import { expr, type HBlock } from './hclWriter';
import type { DeployPlan, PlannedLink, SubscriptionRef } from './plan';
import { alias, varName, type Ctx } from './terraformContext';

export interface TenantSetup {
  /** the tenant variable of each subscription (by subscription parameter), when the design spans tenants */
  tenantVar: Map<string, string>;
  /** the aliases for links across tenants */
  providers: HBlock[];
  variables: HBlock[];
  header: string[];
}

const subAlias = (sub: SubscriptionRef): string => alias({ sub, resourceGroup: '' });

/**
 * The provider's `environment` by subscription id, for subscriptions outside Azure's public cloud
 * (website/docs/index.html.markdown: "`environment` - The Cloud Environment which should be used. Possible
 * values are `public`, `usgovernment`, `german`, and `china`. Defaults to `public`").
 */
export function cloudEnvironments(design: Design): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of design.subscriptions) {
    if (s.cloud === 'AzureUSGovernment') out.set(s.id, 'usgovernment');
    else if (s.cloud === 'AzureChinaCloud') out.set(s.id, 'china');
  }
  return out;
}

/** Works out tenants, and files each cross-tenant link's provider in `c.linkProviders`. */
export function tenantSetup(design: Design, plan: DeployPlan, c: Ctx): TenantSetup {
  const setup: TenantSetup = { tenantVar: new Map(), providers: [], variables: [], header: [] };
  const environments = cloudEnvironments(design);
  const tenantOf = new Map<string, string>();
  for (const s of design.subscriptions) if (s.tenantId.trim() !== '') tenantOf.set(s.id, s.tenantId.trim());
  const key = (subId: string): string => (tenantOf.get(subId) ?? '').toLowerCase();
  // One variable per tenant, named after its first subscription (the plan's order).
  const varOfTenant = new Map<string, { name: string; value: string; sub: SubscriptionRef }>();
  for (const s of plan.subscriptions) {
    const t = key(s.id);
    if (t !== '' && !varOfTenant.has(t)) varOfTenant.set(t, { name: `${subAlias(s)}_tenant_id`, value: tenantOf.get(s.id) ?? '', sub: s });
  }
  if (varOfTenant.size < 2) return setup;
  for (const s of plan.subscriptions) {
    const v = varOfTenant.get(key(s.id));
    if (v) setup.tenantVar.set(s.param, v.name);
  }
  for (const v of varOfTenant.values()) {
    setup.variables.push({ header: ['variable', v.name], attrs: [['description', `Microsoft Entra tenant id of ${v.sub.name || v.sub.id}`], ['type', expr('string')], ['default', v.value]] });
  }

  const aliases = new Map<string, string>();
  const taken = new Set(plan.subscriptions.map(subAlias));
  let crossing = 0;
  const visit = (l: PlannedLink): void => {
    const local = key(l.local.sub.id);
    const remote = key(l.remote.sub.id);
    const remoteVar = varOfTenant.get(remote);
    const localVar = varOfTenant.get(local);
    if (local === '' || remote === '' || local === remote || !remoteVar || !localVar) return;
    crossing++;
    const k = `${l.local.sub.param}\n${remote}`;
    let name = aliases.get(k);
    if (name === undefined) {
      const base = `${subAlias(l.local.sub)}_with_${remoteVar.name.replace(/_tenant_id$/, '')}`;
      name = base;
      for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
      taken.add(name);
      aliases.set(k, name);
      setup.providers.push({
        comments: [`Subscription ${l.local.sub.name || l.local.sub.id}, also signed in to the tenant of ${remoteVar.sub.name || remoteVar.sub.id}: for links to VNets there`],
        header: ['provider', 'azurerm'],
        attrs: [
          ['alias', name],
          ['subscription_id', expr(`var.${varName(l.local.sub.param)}`)],
          ['tenant_id', expr(`var.${localVar.name}`)],
          ['auxiliary_tenant_ids', [expr(`var.${remoteVar.name}`)]],
          ['environment', environments.get(l.local.sub.id)],
        ],
        blocks: [{ header: ['features'], attrs: [] }],
      });
    }
    c.linkProviders.set(l.id, `azurerm.${name}`);
  };
  for (const g of plan.groups) {
    for (const l of g.links) visit(l);
    for (const l of g.remoteGatewayLinks) visit(l);
  }
  if (crossing > 0) {
    setup.header.push(
      `${crossing} link${crossing === 1 ? '' : 's'} peer with a VNet in another Microsoft Entra tenant: whoever runs Terraform must sign in to both tenants (a guest account, or a multitenant service principal consented in both) with Network Contributor on both VNets; those links deploy through providers with auxiliary_tenant_ids (providers.tf).`,
    );
  }
  return setup;
}
