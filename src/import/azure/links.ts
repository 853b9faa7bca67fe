/**
 * Peering links [reference 5.2, 10.4 items 3-5]: one design link per Azure link (one per direction).
 * The remote VNet is found by its resource id compared case-insensitively; a remote that is not in the
 * input becomes a placeholder VNet (named from its id), never an error.
 */
import { PEERING_FLAGS, makeLink } from '../../model/factories';
import { PeeringStateSchema, PeeringSyncLevelSchema, type PeeringLink } from '../../model/schema';
import { bool, field, fieldWhere, prefixList, refId, str } from './access';
import type { ImportContext, ResourceItem, VNetDraft } from './context';
import { buildResourceId, parseResourceId } from './resourceId';

/** Reads one Azure peering object (inline in a VNet, or listed alone) into a link from `local`. */
export function importLink(ctx: ImportContext, local: VNetDraft, raw: unknown, where: string): void {
  const name = str(raw, 'name') ?? '';
  const remoteId = refId(raw, 'remoteVirtualNetwork');
  if (!remoteId) {
    ctx.skip(`peering '${name || '?'}' of '${local.name}'`, where, 'it has no remoteVirtualNetwork.id');
    return;
  }
  const remotePrefixes = prefixList(raw, 'remoteVirtualNetworkAddressSpace');
  // PowerShell names the peered space PeeredRemoteAddressSpace [reference 10.3]
  const peeredPrefixes = prefixList(raw, 'remoteAddressSpace') ?? prefixList(raw, 'peeredRemoteAddressSpace');
  const remote = ctx.vnetOrPlaceholder(remoteId, 'referenced by a peering', remotePrefixes ?? peeredPrefixes);
  const link: PeeringLink = makeLink({
    id: ctx.newId('peer', `${local.name}-${name || remote.name}`),
    name: name || `${local.name}-to-${remote.name}`,
    from: local.id,
    to: remote.id,
  });
  // a flag absent from the input keeps Azure's default: access true, the others false [reference 5.2]
  for (const flag of PEERING_FLAGS) {
    const value = bool(raw, flag);
    if (value !== undefined) link[flag] = value;
  }
  const state = PeeringStateSchema.safeParse(str(raw, 'peeringState'));
  if (state.success) link.peeringState = state.data;
  else if (str(raw, 'peeringState') !== undefined) {
    ctx.skip(`peeringState of '${link.name}'`, `${where}${fieldWhere(raw, 'peeringState')}`, `unknown state "${str(raw, 'peeringState')}"`);
  }
  const sync = PeeringSyncLevelSchema.safeParse(str(raw, 'peeringSyncLevel'));
  if (sync.success) link.peeringSyncLevel = sync.data;
  // remoteVirtualNetworkAddressSpace is the remote's current space; remoteAddressSpace what is peered.
  // The design keeps what the link has peered, so a remote resized without a sync is visible [reference 1.5, 10.4 item 5].
  if (peeredPrefixes !== undefined) link.remoteAddressPrefixes = peeredPrefixes;
  else if (remotePrefixes !== undefined) link.remoteAddressPrefixes = remotePrefixes;
  ctx.linkKeys.add(`${local.id}\n${link.name.toLowerCase()}`);
  if (bool(raw, 'peerCompleteVnets') === false) {
    ctx.note(`Peering '${link.name}' is a subnet-level peering (peerCompleteVnets false): imported as a whole-VNet link.`);
  }
  ctx.links.push(link);
}

/** Links inline in a VNet (`virtualNetworkPeerings`). */
export function importVnetLinks(ctx: ImportContext, vnet: VNetDraft, item: ResourceItem): void {
  const list = field(item.obj, 'virtualNetworkPeerings');
  if (!Array.isArray(list)) return;
  const base = `${item.where}${fieldWhere(item.obj, 'virtualNetworkPeerings')}`;
  list.forEach((raw, i) => importLink(ctx, vnet, raw, `${base}[${i}]`));
}

/** A peering listed on its own (`az network vnet peering list`, a REST GET): its parent VNet comes from its id. */
export function importLinkItem(ctx: ImportContext, item: ResourceItem): void {
  const id = str(item.obj, 'id');
  const parsed = id ? parseResourceId(id) : undefined;
  if (!parsed || parsed.names.length < 2) {
    ctx.skip(`peering '${str(item.obj, 'name') ?? '?'}'`, item.where, 'it has no resource id naming its VNet');
    return;
  }
  const vnetId = buildResourceId(parsed.subscriptionId, parsed.resourceGroup, 'Microsoft.Network/virtualNetworks', parsed.names.slice(0, 1));
  const vnet = ctx.vnetOrPlaceholder(vnetId, 'the local VNet of a listed peering');
  const name = str(item.obj, 'name');
  if (name !== undefined && ctx.linkKeys.has(`${vnet.id}\n${name.toLowerCase()}`)) return;
  importLink(ctx, vnet, item.obj, item.where);
}
