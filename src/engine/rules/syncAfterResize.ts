/**
 * SYNC_AFTER_RESIZE [reference 1.5, source S6]: after the address space of a peered VNet changes, every
 * peer's link to it shows not-in-sync until it is synced; the PowerShell and CLI exports include the sync.
 */
import type { Design } from '../../model/schema';
import { designIndex } from '../designIndex';
import type { Finding } from '../types';
import { finding, withUsableFixes } from './finding';
import { sameSpace } from './peerState';

export function syncAfterResize(design: Design): Finding[] {
  const ix = designIndex(design);
  const out: Finding[] = [];
  for (const v of ix.vnetById.values()) {
    if (v.importedAddressPrefixes === undefined || sameSpace(v.importedAddressPrefixes, v.addressPrefixes)) continue;
    const links = [...(ix.linksTo.get(v.id) ?? []), ...(ix.linksFrom.get(v.id) ?? [])].filter((l) => l.from !== l.to);
    if (links.length === 0) continue;
    const peers = [...new Set(links.flatMap((l) => [l.from, l.to]))];
    out.push(finding('SYNC_AFTER_RESIZE', `The address space of '${v.name}' changed from ${v.importedAddressPrefixes.join(', ') || 'nothing'} to ${v.addressPrefixes.join(', ')}: sync every peering link to it after deployment.`, {
      vnets: peers, peerings: links.map((l) => l.id), details: { vnet: v.name, peers: peers.length - 1 },
    }));
  }
  return withUsableFixes(design, out);
}
