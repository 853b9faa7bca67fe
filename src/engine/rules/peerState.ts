/**
 * Imported peering state [reference 1.4, 1.5]: a `Disconnected` link cannot be repaired (delete and
 * recreate both links); a link not `FullyInSync`, or whose recorded remote space differs from the remote
 * VNet's current space, needs a sync.
 */
import { normaliseCidr } from '../../model/cidr';
import type { Design } from '../../model/schema';
import { designIndex } from '../designIndex';
import type { Finding } from '../types';
import { finding, withUsableFixes } from './finding';
import { reverseLinkFix } from './reverseLink';

export const sameSpace = (a: readonly string[], b: readonly string[]): boolean => {
  const norm = (l: readonly string[]) => [...new Set(l.map((p) => normaliseCidr(p) ?? p.trim()))].sort().join(',');
  return norm(a) === norm(b);
};

export function peerState(design: Design): Finding[] {
  const ix = designIndex(design);
  const out: Finding[] = [];
  for (const l of design.peerings) {
    const from = ix.vnetById.get(l.from);
    const to = ix.vnetById.get(l.to);
    if (!from || !to) continue;
    const vnets = [from.id, to.id];
    if (l.peeringState === 'Disconnected') {
      const reverse = ix.link(to.id, from.id) ? undefined : reverseLinkFix(design, l);
      out.push(
        finding('PEER_DISCONNECTED', `Link '${l.name}' from '${from.name}' to '${to.name}' is Disconnected: delete and recreate both links.`, {
          vnets, peerings: [l.id],
          fixes: [{
            title: `Recreate the peering between '${from.name}' and '${to.name}'`,
            ops: [{ op: 'updatePeering', linkId: l.id, patch: { peeringState: undefined, peeringSyncLevel: undefined } }, ...(reverse?.ops ?? [])],
          }],
        }),
      );
    }
    const levelBad = l.peeringSyncLevel !== undefined && l.peeringSyncLevel !== 'FullyInSync';
    const spaceBad = l.remoteAddressPrefixes !== undefined && !to.isPlaceholder && !sameSpace(l.remoteAddressPrefixes, to.addressPrefixes);
    if (levelBad || spaceBad) {
      const why = levelBad
        ? `its sync level is ${l.peeringSyncLevel ?? ''}`
        : `it records ${(l.remoteAddressPrefixes ?? []).join(', ') || 'no prefixes'} for '${to.name}', which now has ${to.addressPrefixes.join(', ')}`;
      out.push(
        finding('PEER_NOT_IN_SYNC', `Link '${l.name}' from '${from.name}' to '${to.name}' is not in sync (${why}): run a peering sync.`, {
          vnets, peerings: [l.id],
          details: { syncLevel: l.peeringSyncLevel ?? '', remoteSpaceDiffers: spaceBad },
          fixes: [{
            title: `Sync link '${l.name}'`,
            ops: [{ op: 'updatePeering', linkId: l.id, patch: { peeringSyncLevel: 'FullyInSync', remoteAddressPrefixes: [...to.addressPrefixes] } }],
          }],
        }),
      );
    }
  }
  return withUsableFixes(design, out);
}
