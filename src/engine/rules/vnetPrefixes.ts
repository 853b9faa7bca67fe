/**
 * The address space of each VNet on its own [reference 2.1]: at least one IPv4 prefix (IPv6-only VNets
 * are unsupported), no reserved ranges, sizes between /8 and /29 for IPv4 (IPv6 at most /64), prefixes
 * that do not overlap each other, and private (RFC 1918 / RFC 6598) space.
 */
import { findOverlaps, parseCidr, rangeContains, rangesOverlap, type CidrRange } from '../../model/cidr';
import type { Design } from '../../model/schema';
import { designIndex, type ParsedPrefix } from '../designIndex';
import type { Finding } from '../types';
import { finding } from './finding';

const ranges = (texts: string[]): { text: string; range: CidrRange }[] =>
  texts.flatMap((text) => {
    const r = parseCidr(text);
    return r.ok ? [{ text, range: r.value }] : [];
  });

/** Azure refuses these in an address space [reference 2.1, source S3]. */
export const RESERVED = ranges(['224.0.0.0/4', '255.255.255.255/32', '127.0.0.0/8', '169.254.0.0/16', '168.63.129.16/32']);
/** RFC 1918 and RFC 6598 (shared address space) */
export const PRIVATE = ranges(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10']);

export function vnetPrefixes(design: Design): Finding[] {
  const ix = designIndex(design);
  const out: Finding[] = [];
  for (const v of ix.vnetById.values()) {
    const parsed = ix.prefixesOf(v.id);
    const vnets = [v.id];
    // A placeholder stands for a VNet the import did not describe: its space is unknown, not empty.
    const hasNonIpv6Text = v.addressPrefixes.some((t) => !t.includes(':'));
    if (!v.isPlaceholder && ix.ipv4PrefixesOf(v.id).length === 0 && !hasNonIpv6Text) {
      out.push(
        finding('VNET_NO_ADDRESS_SPACE', v.addressPrefixes.length === 0
          ? `VNet '${v.name}' has no address space: add an IPv4 prefix such as 10.1.0.0/16.`
          : `VNet '${v.name}' has only IPv6 prefixes (${v.addressPrefixes.join(', ')}): Azure needs an IPv4 prefix too.`,
        { vnets }),
      );
    }
    for (const p of parsed) for (const f of checkPrefix(v.name, vnets, p)) out.push(f);
    if (parsed.length > 1) {
      for (const [a, b] of findOverlaps(parsed.map((p) => ({ range: p.range, item: p.text })))) {
        out.push(
          finding('VNET_PREFIX_SELF_OVERLAP', `VNet '${v.name}' has overlapping prefixes ${a.item} and ${b.item}.`, {
            vnets,
            details: { vnet: v.name, prefixA: a.item, prefixB: b.item },
          }),
        );
      }
    }
  }
  return out;
}

function checkPrefix(name: string, vnets: string[], p: ParsedPrefix): Finding[] {
  const out: Finding[] = [];
  const { range, text } = p;
  const details = { vnet: name, prefix: text };
  if (range.family === 6) {
    if (range.prefixLength > 64) {
      out.push(finding('VNET_PREFIX_TOO_SMALL', `IPv6 prefix ${text} of VNet '${name}' is longer than /64: it cannot hold a /64 subnet.`, { vnets, details }));
    }
    return out;
  }
  const reserved = RESERVED.find((r) => rangesOverlap(r.range, range));
  if (reserved) {
    out.push(
      finding('VNET_PREFIX_RESERVED', `Prefix ${text} of VNet '${name}' overlaps the reserved range ${reserved.text}, which Azure refuses.`, {
        vnets, details: { ...details, reserved: reserved.text },
      }),
    );
  }
  if (range.prefixLength > 29) {
    out.push(finding('VNET_PREFIX_TOO_SMALL', `Prefix ${text} of VNet '${name}' is longer than /29: it cannot hold a subnet.`, { vnets, details }));
  }
  if (range.prefixLength < 8) {
    out.push(finding('VNET_PREFIX_TOO_LARGE', `Prefix ${text} of VNet '${name}' is larger than /8, which is unusual and wastes address space.`, { vnets, details }));
  }
  if (!reserved && !PRIVATE.some((r) => rangeContains(r.range, range))) {
    out.push(
      finding('VNET_PREFIX_PUBLIC', `Prefix ${text} of VNet '${name}' lies outside RFC 1918 and 100.64.0.0/10: the public owners of that range become unreachable from the VNet.`, {
        vnets, details,
      }),
    );
  }
  return out;
}
