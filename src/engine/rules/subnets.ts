/**
 * Subnets of one VNet [reference 2.2]: each prefix inside a VNet prefix (`NetcfgSubnetRangeOutsideVnet`),
 * no two subnets overlapping (`NetcfgSubnetRangesOverlap`), IPv4 between /2 and /29, IPv6 exactly /64.
 */
import { findOverlaps, rangeContains } from '../../model/cidr';
import type { Design, Subnet } from '../../model/schema';
import { designIndex } from '../designIndex';
import type { Finding } from '../types';
import { finding, withUsableFixes } from './finding';

export function subnetSizeProblem(family: 4 | 6, prefixLength: number): string | undefined {
  if (family === 6) return prefixLength === 64 ? undefined : 'an IPv6 subnet must be exactly /64';
  return prefixLength >= 2 && prefixLength <= 29 ? undefined : 'an IPv4 subnet must be between /2 and /29';
}

export function subnets(design: Design): Finding[] {
  const ix = designIndex(design);
  const out: Finding[] = [];
  for (const v of ix.vnetById.values()) {
    if (v.subnets.length === 0) continue;
    const space = ix.prefixesOf(v.id);
    const vnets = [v.id];
    const items: { range: import('../../model/cidr').CidrRange; item: { subnet: Subnet; text: string } }[] = [];
    for (const s of v.subnets) {
      for (const p of ix.subnetPrefixes(s)) {
        items.push({ range: p.range, item: { subnet: s, text: p.text } });
        const details = { vnet: v.name, subnet: s.name, prefix: p.text };
        if (space.length > 0 && !space.some((vp) => rangeContains(vp.range, p.range))) {
          out.push(
            finding('SUBNET_OUTSIDE_VNET', `Subnet '${s.name}' (${p.text}) is outside the address space of VNet '${v.name}' (${v.addressPrefixes.join(', ')}).`, {
              vnets, details,
            }),
          );
        }
        const size = subnetSizeProblem(p.range.family, p.range.prefixLength);
        if (size) out.push(finding('SUBNET_SIZE', `Subnet '${s.name}' of VNet '${v.name}' is ${p.text}: ${size}.`, { vnets, details }));
      }
    }
    if (items.length < 2) continue;
    for (const [a, b] of findOverlaps(items, (x, y) => x.subnet === y.subnet)) {
      const [first, second] = a.item.subnet.name <= b.item.subnet.name ? [a.item, b.item] : [b.item, a.item];
      out.push(
        finding('SUBNET_OVERLAP', `Subnets '${first.subnet.name}' (${first.text}) and '${second.subnet.name}' (${second.text}) of VNet '${v.name}' overlap.`, {
          vnets,
          details: { vnet: v.name, subnetA: first.subnet.name, prefixA: first.text, subnetB: second.subnet.name, prefixB: second.text },
        }),
      );
    }
  }
  return withUsableFixes(design, out);
}
