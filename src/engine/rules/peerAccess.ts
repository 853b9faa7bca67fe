/**
 * `allowVirtualNetworkAccess: false` [reference 1.9]: the remote space leaves the VirtualNetwork service
 * tag, so the default NSG rules stop allowing the traffic. Usually a mistake; the fix turns access on.
 */
import type { Design } from '../../model/schema';
import { designIndex } from '../designIndex';
import type { Finding } from '../types';
import { finding, withUsableFixes } from './finding';

export function peerAccess(design: Design): Finding[] {
  const ix = designIndex(design);
  const out: Finding[] = [];
  for (const l of design.peerings) {
    if (l.allowVirtualNetworkAccess) continue;
    const from = ix.vnetById.get(l.from)?.name ?? l.from;
    const to = ix.vnetById.get(l.to)?.name ?? l.to;
    out.push(
      finding('PEER_ACCESS_BLOCKED', `Link '${l.name}' from '${from}' to '${to}' has allowVirtualNetworkAccess off: default NSG rules no longer allow traffic from '${from}' to '${to}'.`, {
        vnets: [l.from, l.to], peerings: [l.id],
        fixes: [{ title: `Allow virtual network access on '${l.name}'`, ops: [{ op: 'updatePeering', linkId: l.id, patch: { allowVirtualNetworkAccess: true } }] }],
      }),
    );
  }
  return withUsableFixes(design, out);
}
