/**
 * The fix "create the reverse link" for a one-way peering [reference 1.4: a link alone stays `Initiated`
 * and carries no traffic]. The new link mirrors what the existing one implies: access on, forwarded
 * traffic as on the existing link, and `allowGatewayTransit` when the existing link uses the remote
 * gateway and that VNet has one [1.7].
 */
import type { Design, PeeringLink } from '../../model/schema';
import { designIndex } from '../designIndex';
import type { Fix } from '../types';
import { CHILD_NAME, freeId, freeName } from './names';

export function reverseLinkFix(design: Design, link: PeeringLink): Fix | undefined {
  const ix = designIndex(design);
  const from = ix.vnetById.get(link.to);
  const to = ix.vnetById.get(link.from);
  if (!from || !to) return undefined;
  const existing = ix.linksFrom.get(from.id) ?? [];
  // A new link must not push the VNet past Azure's 500 peerings [1.6].
  if (existing.length >= 500) return undefined;
  const usesRemote = (ix.linksFrom.get(to.id) ?? []).some((l) => l.to === from.id && l.useRemoteGateways);
  const name = freeName(`peer-${from.name}-to-${to.name}`, CHILD_NAME, existing.map((l) => l.name));
  const reverse: PeeringLink = {
    id: freeId(design, `${link.to}-to-${link.from}`),
    name,
    from: from.id,
    to: to.id,
    allowVirtualNetworkAccess: true,
    allowForwardedTraffic: link.allowForwardedTraffic,
    // any link to `from` (duplicates included) using its gateway needs transit allowed on the way back
    allowGatewayTransit: usesRemote && ix.hasGateway(from.id) && !from.isClassic,
    useRemoteGateways: false,
  };
  return { title: `Create the reverse link ${from.name} -> ${to.name}`, ops: [{ op: 'addPeering', link: reverse }] };
}
