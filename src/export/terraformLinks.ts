/**
 * Terraform peering links. A link that uses the remote gateway also `depends_on` the hub's gateway and
 * the hub's transit link (reference 1.7 rule 5); a link to a designed VNet carries `triggers` on the
 * remote address space so a resize re-syncs it (reference 9; azurerm `virtual_network_peering` docs,
 * "Example Usage (Triggers)": the provider updates the peering with syncRemoteAddressSpace=true).
 */
import { hclString } from './escape';
import { hclMap } from './hclText';
import type { DeployPlan, PlannedGroup, PlannedLink, VNetRef } from './plan';
import { bool, comment, varName, type Ctx } from './terraformContext';

/** The owning end of a link. */
interface LocalEnd {
  gateway: string;
  vnet: string;
}

/** The remote end of a link. */
interface RemoteEnd {
  gateway: string;
  /** the remote VNet's id (a reference, or the id of a VNet not created here) */
  id: string;
  /** for a designed VNet, the triggers object */
  triggers: string | undefined;
}

/** Per export: link-end references by VNet, and the transit links other links wait for. */
export class LinkWriter {
  private readonly remotes = new Map<VNetRef, RemoteEnd>();
  private transit: Map<string, Map<string, PlannedLink>> | undefined;
  private groupKeys: Map<string, Map<string, string>> | undefined;

  constructor(
    private readonly c: Ctx,
    private readonly plan: DeployPlan,
  ) {}

  write(g: PlannedGroup, list: readonly PlannedLink[]): void {
    const c = this.c;
    for (const l of list) {
      const local = this.localEnd(g, l.local);
      const remote = this.remoteEnd(l.remote);
      const deps: string[] = [];
      if (l.allowGatewayTransit && local.gateway) deps.push(local.gateway);
      if (l.useRemoteGateways) {
        if (remote.gateway) deps.push(remote.gateway);
        const back = this.transitLink(l.remote.vnetId, l.local.vnetId);
        const backId = back ? c.peerings.get(back.id) : undefined;
        if (backId !== undefined) deps.push(`azurerm_virtual_network_peering.${backId}`);
      }
      const id = c.id(l.name);
      c.addWithId('azurerm_virtual_network_peering', id, g, comment(`Link ${l.local.name} -> ${l.remote.name}${l.remote.isPlaceholder ? ' (existing VNet, not created here)' : ''}`), [
        'name', hclString(l.name),
        'resource_group_name', `${local.vnet}.resource_group_name`,
        'virtual_network_name', `${local.vnet}.name`,
        'remote_virtual_network_id', remote.id,
        'allow_virtual_network_access', bool(l.allowVirtualNetworkAccess),
        'allow_forwarded_traffic', bool(l.allowForwardedTraffic),
        'allow_gateway_transit', bool(l.allowGatewayTransit),
        'use_remote_gateways', bool(l.useRemoteGateways),
        'triggers', remote.triggers,
        'depends_on', deps.length ? `[${deps.join(', ')}]` : undefined,
      ], undefined, c.linkProviders.get(l.id) ?? c.provider(g)); // (across tenants: a provider signed in to both, terraformTenants.ts)
      c.peerings.set(l.id, id);
    }
  }

  private localEnd(g: PlannedGroup, end: VNetRef): LocalEnd {
    const refs = this.c.vnetRefs(g.key, end.name);
    return { gateway: refs.gateway || refs.routeServer, vnet: refs.vnet };
  }

  private remoteEnd(end: VNetRef): RemoteEnd {
    let r = this.remotes.get(end);
    if (r) return r;
    const refs = this.c.vnetRefs(this.groupKeyOf(end), end.name);
    const designed = refs.vnet !== '' && !end.isPlaceholder;
    r = {
      gateway: refs.gateway || refs.routeServer,
      id: designed
        ? `${refs.vnet}.id`
        : `format("/subscriptions/%s/resourceGroups/%s/providers/Microsoft.Network/virtualNetworks/%s", var.${varName(end.sub.param)}, ${hclString(end.resourceGroup)}, ${hclString(end.name)})`,
      triggers: designed ? hclMap([['remote_address_space', `join(",", ${refs.vnet}.address_space)`]]) : undefined,
    };
    this.remotes.set(end, r);
    return r;
  }

  /** The plan's group key of a VNet's scope ('' when no group has it). */
  private groupKeyOf(end: VNetRef): string {
    if (!this.groupKeys) {
      this.groupKeys = new Map();
      for (const g of this.plan.groups) inGroupKeys(this.groupKeys, g.sub.id).set(g.resourceGroup.toLowerCase(), g.key);
    }
    return this.groupKeys.get(end.sub.id)?.get(end.resourceGroup.toLowerCase()) ?? '';
  }

  /** A link of the `peering` stage from `from` to `to` (the last one, as a map of all of them gives). */
  private transitLink(from: string, to: string): PlannedLink | undefined {
    if (!this.transit) {
      this.transit = new Map();
      for (const g of this.plan.groups) for (const l of g.links) inGroupKeys(this.transit, l.local.vnetId).set(l.remote.vnetId, l);
    }
    return this.transit.get(from)?.get(to);
  }
}

function inGroupKeys<T>(map: Map<string, Map<string, T>>, key: string): Map<string, T> {
  let m = map.get(key);
  if (!m) map.set(key, (m = new Map()));
  return m;
}
