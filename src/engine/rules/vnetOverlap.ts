/**
 * Overlapping VNets, found with one sweep over every VNet prefix (never all pairs), then classified:
 * - PEER_ADDRESS_OVERLAP: the two VNets are peered [reference 1.1, `VnetAddressSpacesOverlap`];
 * - PEER_NEIGHBOR_OVERLAP: both are peered to a common VNet [1.2, `VnetAddressSpaceOverlapsWithAlreadyPeeredVnet`];
 * - ADDRESS_OVERLAP: neither (warning: Azure accepts it, but they can never be peered or routed to each other).
 * A link in one direction already counts as peered: Azure checks overlap when the first link is created.
 */
import { findOverlaps } from '../../model/cidr';
import type { Design, VNet } from '../../model/schema';
import { designIndex } from '../designIndex';
import type { Finding, Fix } from '../types';
import { finding, withUsableFixes } from './finding';
import { moveFix } from './moveFix';

interface Pair {
  a: VNet;
  b: VNet;
  prefixPairs: string[];
}

export function vnetOverlap(design: Design): Finding[] {
  const ix = designIndex(design);
  const items = [];
  for (const v of ix.vnetById.values()) for (const p of ix.prefixesOf(v.id)) items.push({ range: p.range, item: { vnet: v, text: p.text } });
  const pairs = new Map<string, Pair>();
  for (const [x, y] of findOverlaps(items, (s, t) => s.vnet === t.vnet)) {
    const [first, second] = x.item.vnet.id < y.item.vnet.id ? [x.item, y.item] : [y.item, x.item];
    const key = `${first.vnet.id}\u0000${second.vnet.id}`;
    let pair = pairs.get(key);
    if (!pair) pairs.set(key, (pair = { a: first.vnet, b: second.vnet, prefixPairs: [] }));
    pair.prefixPairs.push(`${first.text} / ${second.text}`);
  }
  const out: Finding[] = [];
  for (const { a, b, prefixPairs } of pairs.values()) {
    prefixPairs.sort();
    const overlaps = prefixPairs.join('; ');
    const fixes = [moveFix(design, b, a), moveFix(design, a, b)].filter((f): f is Fix => f !== undefined);
    const vnets = [a.id, b.id];
    const names = `'${a.name}' (${a.addressPrefixes.join(', ')}) and '${b.name}' (${b.addressPrefixes.join(', ')})`;
    if (ix.arePeered(a.id, b.id)) {
      const peerings = [...(ix.linksFrom.get(a.id) ?? []), ...(ix.linksFrom.get(b.id) ?? [])]
        .filter((l) => (l.from === a.id && l.to === b.id) || (l.from === b.id && l.to === a.id))
        .map((l) => l.id);
      out.push(
        finding('PEER_ADDRESS_OVERLAP', `Peered VNets ${names} overlap (${overlaps}): Azure refuses the peering (VnetAddressSpacesOverlap).`, {
          vnets, peerings, details: { overlaps }, fixes,
        }),
      );
      continue;
    }
    const common = commonPeers(ix, a.id, b.id);
    if (common.length > 0) {
      const hubNames = common.map((id) => `'${ix.vnetById.get(id)?.name ?? id}'`).join(', ');
      const peerings = common.flatMap((h) => [ix.link(h, a.id), ix.link(a.id, h), ix.link(h, b.id), ix.link(b.id, h)])
        .flatMap((l) => (l ? [l.id] : []));
      out.push(
        finding('PEER_NEIGHBOR_OVERLAP', `VNets ${names} are both peered to ${hubNames} and overlap (${overlaps}): Azure refuses the second peering (VnetAddressSpaceOverlapsWithAlreadyPeeredVnet).`, {
          vnets, peerings, details: { overlaps, commonPeers: common.map((id) => ix.vnetById.get(id)?.name ?? id).join(', ') }, fixes,
        }),
      );
      continue;
    }
    out.push(
      finding('ADDRESS_OVERLAP', `VNets ${names} overlap (${overlaps}): they can never be peered with each other or reach each other through any path.`, {
        vnets, details: { overlaps }, fixes,
      }),
    );
  }
  return withUsableFixes(design, out);
}

function commonPeers(ix: ReturnType<typeof designIndex>, a: string, b: string): string[] {
  const pa = ix.peersOf(a);
  const pb = ix.peersOf(b);
  const [small, large] = pa.size <= pb.size ? [pa, pb] : [pb, pa];
  const out: string[] = [];
  for (const id of small) if (large.has(id) && ix.vnetById.has(id)) out.push(id);
  return out.sort();
}
