/**
 * The shape of the peering graph [reference 1.4, 1.6, 1.12]: no self-peering, one link per direction
 * between two VNets, both directions present (a lone link stays `Initiated`: no traffic), and at most
 * 500 peerings per VNet. A link toward a classic VNet is one-way by design: only the ARM side has one.
 */
import type { Design, PeeringLink } from '../../model/schema';
import { designIndex } from '../designIndex';
import type { Finding } from '../types';
import { finding, withUsableFixes } from './finding';
import { reverseLinkFix } from './reverseLink';

export const PEERING_LIMIT = 500;

export function peerTopology(design: Design): Finding[] {
  const ix = designIndex(design);
  const out: Finding[] = [];
  const name = (id: string) => ix.vnetById.get(id)?.name ?? id;
  for (const [from, links] of ix.linksFrom) {
    const byTo = new Map<string, PeeringLink[]>();
    for (const l of links) {
      const list = byTo.get(l.to);
      if (list) list.push(l);
      else byTo.set(l.to, [l]);
    }
    for (const [to, group] of byTo) {
      if (to === from) {
        for (const l of group) {
          out.push(
            finding('PEER_SELF', `Link '${l.name}' peers VNet '${name(from)}' with itself.`, {
              vnets: [from], peerings: [l.id], fixes: [{ title: `Remove link '${l.name}'`, ops: [{ op: 'removePeering', linkId: l.id }] }],
            }),
          );
        }
        continue;
      }
      if (group.length > 1) {
        const extra = group.slice(1);
        out.push(
          finding('PEER_DUPLICATE', `VNet '${name(from)}' has ${group.length} links to '${name(to)}' (${group.map((l) => `'${l.name}'`).join(', ')}): Azure allows one.`, {
            vnets: [from, to],
            peerings: group.map((l) => l.id),
            details: { count: group.length },
            fixes: [{ title: `Keep only '${group[0]?.name ?? ''}'`, ops: extra.map((l) => ({ op: 'removePeering' as const, linkId: l.id })) }],
          }),
        );
      }
      const first = group[0];
      const target = ix.vnetById.get(to);
      if (!first || !target || !ix.vnetById.has(from) || ix.link(to, from)) continue;
      if (target.isClassic) continue;
      // a placeholder stands for a VNet outside the imported file: its reverse link is not in the file, and
      // Azure's own state says whether it exists ('Connected' needs both links [1.4])
      if (target.isPlaceholder && first.peeringState !== 'Initiated') continue;
      const fix = reverseLinkFix(design, first);
      out.push(
        finding('PEER_ONE_WAY', `Link '${first.name}' from '${name(from)}' to '${name(to)}' has no reverse link: the peering stays Initiated and carries no traffic.`, {
          vnets: [from, to], peerings: [first.id], fixes: fix ? [fix] : [],
        }),
      );
    }
    if (links.length > PEERING_LIMIT && ix.vnetById.has(from)) {
      out.push(
        finding('PEER_LIMIT', `VNet '${name(from)}' has ${links.length} peering links; Azure allows ${PEERING_LIMIT} per VNet.`, {
          vnets: [from], details: { count: links.length, limit: PEERING_LIMIT },
        }),
      );
    }
  }
  return withUsableFixes(design, out);
}
