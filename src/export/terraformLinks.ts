/**
 * Terraform peering links (2,000 of them at 1,000 spokes). A link that uses the remote gateway also
 * `depends_on` the hub's gateway and the hub's transit link (reference 1.7 rule 5); a link to a designed
 * VNet carries `triggers` on the remote address space so a resize re-syncs it (reference 9). What a link
 * prints about each of its ends (references, the remote id, triggers) is worked out once per VNet.
 */
import { commentText, hclString } from './escape';
import { aligned, loneAttrPrefix } from './hclText';
import type { DeployPlan, PlannedGroup, PlannedLink, VNetRef } from './plan';
import { flat } from './text';
import { bool, varName, type Ctx } from './terraformContext';

const LINK = aligned(
  '  ',
  ['provider', 'name', 'resource_group_name', 'virtual_network_name', 'remote_virtual_network_id', 'allow_virtual_network_access', 'allow_forwarded_traffic', 'allow_gateway_transit', 'use_remote_gateways'],
  ['depends_on'],
);
/**
 * `triggers` is an object over lines: it ends the aligned run, and `depends_on` after it stands alone
 * (terraform fmt, hclText `attrLines`).
 */
const TRIGGERS = loneAttrPrefix('  ', 'triggers');
const DEPENDS_ON_ALONE = loneAttrPrefix('  ', 'depends_on');

/** The four flag lines, by `access << 3 | forwarded << 2 | transit << 1 | remoteGateways`. */
const FLAGS = Array.from({ length: 16 }, (_, i) =>
  flat(LINK.allow_virtual_network_access + bool((i & 8) !== 0) + LINK.allow_forwarded_traffic + bool((i & 4) !== 0) +
  LINK.allow_gateway_transit + bool((i & 2) !== 0) + LINK.use_remote_gateways + bool((i & 1) !== 0)),
);

/** The owning end of links: its references and the lines naming it. */
interface LocalEnd {
  gateway: string;
  /** `# Link <name> -> ` */
  comment: string;
  /** the resource group and virtual network lines */
  lines: string;
}

/** The remote end of links. */
interface RemoteEnd {
  gateway: string;
  /** `<name>[ (existing VNet, ...)]` ending the comment, and the resource header up to the identifier */
  comment: string;
  /** the remote id line */
  id: string;
  /** for a designed VNet, the triggers line */
  triggers: string;
}

/** Per export: link-end text by VNet (remote ends across groups; local ends per group). */
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
    const locals = new Map<VNetRef, LocalEnd>();
    const head = flat('" {' + LINK.provider + c.provider(g) + LINK.name);
    // The plan lists a VNet's links together, and a spoke's one link goes to the hub: runs of links
    // share an end, so the last ends are reused without a map lookup.
    let localRef: VNetRef | undefined;
    let local: LocalEnd | undefined;
    let remoteRef: VNetRef | undefined;
    let remote: RemoteEnd | undefined;
    for (const l of list) {
      if (l.remote !== remoteRef || !remote) remote = this.remoteEnd((remoteRef = l.remote));
      if (l.local !== localRef || !local) {
        localRef = l.local;
        local = locals.get(localRef);
        if (!local) locals.set(localRef, (local = this.localEnd(g, localRef)));
      }
      let deps = '';
      if (l.allowGatewayTransit && local.gateway) deps = local.gateway;
      if (l.useRemoteGateways) {
        if (remote.gateway) deps = deps === '' ? remote.gateway : deps + ', ' + remote.gateway;
        const back = this.transitLink(l.remote.vnetId, l.local.vnetId);
        const backId = back ? c.peerings.get(back.id) : undefined;
        if (backId !== undefined) deps = (deps === '' ? '' : deps + ', ') + 'azurerm_virtual_network_peering.' + backId;
      }
      const id = c.id(l.name);
      const flags = (l.allowVirtualNetworkAccess ? 8 : 0) | (l.allowForwardedTraffic ? 4 : 0) | (l.allowGatewayTransit ? 2 : 0) | (l.useRemoteGateways ? 1 : 0);
      // a link across tenants deploys through a provider signed in to both (terraform.ts `tenantProviders`)
      const provider = c.linkProviders.get(l.id);
      c.push(
        local.comment + remote.comment + id + (provider === undefined ? head : '" {' + LINK.provider + provider + LINK.name) + hclString(l.name) + local.lines + remote.id + FLAGS[flags] + remote.triggers +
          (deps === '' ? '' : (remote.triggers === '' ? LINK.depends_on : DEPENDS_ON_ALONE) + '[' + deps + ']') +
          '\n}',
      );
      c.peerings.set(l.id, id);
    }
  }

  private localEnd(g: PlannedGroup, end: VNetRef): LocalEnd {
    const refs = this.c.vnetRefs(g.key, end.name);
    return {
      gateway: refs.gateway || refs.routeServer,
      comment: '\n\n# Link ' + commentText(end.name) + ' -> ',
      lines: LINK.resource_group_name + refs.vnet + '.resource_group_name' + LINK.virtual_network_name + refs.vnet + '.name',
    };
  }

  private remoteEnd(end: VNetRef): RemoteEnd {
    let r = this.remotes.get(end);
    if (r) return r;
    const refs = this.c.vnetRefs(this.groupKeyOf(end), end.name);
    const designed = refs.vnet !== '' && !end.isPlaceholder;
    const id = designed
      ? refs.vnet + '.id'
      : `format("/subscriptions/%s/resourceGroups/%s/providers/Microsoft.Network/virtualNetworks/%s", var.${varName(end.sub.param)}, ${hclString(end.resourceGroup)}, ${hclString(end.name)})`;
    r = {
      gateway: refs.gateway || refs.routeServer,
      comment: commentText(end.name) + (end.isPlaceholder ? ' (existing VNet, not created here)' : '') + '\nresource "azurerm_virtual_network_peering" "',
      id: LINK.remote_virtual_network_id + id,
      triggers: designed ? `${TRIGGERS}{\n    "remote_address_space" = join(",", ${refs.vnet}.address_space)\n  }` : '',
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
