/**
 * DNS_ACROSS_PEERING [reference 1.14, sources S1, S3]: Azure-provided DNS does not resolve names across a
 * peering. One finding per group of connected VNets that all use Azure-provided DNS (a hub with 1,000
 * spokes gives one finding, not 1,000).
 */
import type { Design } from '../../model/schema';
import { designIndex } from '../designIndex';
import type { Finding } from '../types';
import { finding, withUsableFixes } from './finding';

export function dnsAcrossPeering(design: Design): Finding[] {
  const ix = designIndex(design);
  const usesAzureDns = (id: string) => (ix.vnetById.get(id)?.dnsServers.length ?? 1) === 0;
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const v of ix.vnetById.values()) {
    if (seen.has(v.id) || !usesAzureDns(v.id)) continue;
    const group: string[] = [];
    const stack = [v.id];
    seen.add(v.id);
    while (stack.length > 0) {
      const id = stack.pop() as string;
      group.push(id);
      for (const p of ix.connectedPeersOf(id)) {
        if (seen.has(p) || !usesAzureDns(p)) continue;
        seen.add(p);
        stack.push(p);
      }
    }
    if (group.length < 2) continue;
    const names = group.map((id) => ix.vnetById.get(id)?.name ?? id).sort();
    const shown = names.length > 5 ? `${names.slice(0, 5).map((n) => `'${n}'`).join(', ')} and ${names.length - 5} more` : names.map((n) => `'${n}'`).join(', ');
    out.push(finding('DNS_ACROSS_PEERING', `Peered VNets ${shown} use Azure-provided DNS only: names do not resolve across the peering (link a Private DNS zone or use custom DNS).`, {
      vnets: group, details: { count: group.length },
    }));
  }
  return withUsableFixes(design, out);
}
