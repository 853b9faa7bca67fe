/**
 * CIDR_INVALID and CIDR_HOST_BITS [reference 2.1, 1.15]: every prefix must be CIDR notation, and Azure
 * refuses a prefix whose address has bits set past the prefix length (`InvalidCIDRNotation`, e.g.
 * 10.10.10.0/16). The host-bits fix replaces the prefix with its network address.
 */
import { hasHostBits, normaliseCidr, parseCidr, type CidrRange } from '../../model/cidr';
import type { Design } from '../../model/schema';
import type { Finding } from '../types';
import { finding, withUsableFixes } from './finding';
import { prefixSources } from './prefixSources';

/**
 * Host-bit check without a second address parse for IPv4 (the common case, thousands of prefixes per
 * design): the parsed range starts at the network address, so compare it with the typed address.
 */
function hasHostBitsFast(text: string, range: CidrRange): boolean {
  if (range.family === 6) return hasHostBits(text);
  const address = text.trim().split('/')[0] ?? '';
  let value = 0;
  for (const part of address.split('.')) value = value * 256 + Number(part);
  return BigInt(value) !== range.start;
}

export function cidrNotation(design: Design): Finding[] {
  const out: Finding[] = [];
  for (const src of prefixSources(design)) {
    const parsed = parseCidr(src.text);
    if (!parsed.ok) {
      out.push(
        finding('CIDR_INVALID', `"${src.text}" in ${src.where} is not valid CIDR notation (expected e.g. 10.1.0.0/16).`, {
          vnets: src.vnets,
          details: { ...src.details, prefix: src.text, reason: parsed.errors[0]?.message ?? 'invalid' },
        }),
      );
      continue;
    }
    if (!hasHostBitsFast(src.text, parsed.value)) continue;
    const normal = normaliseCidr(src.text) ?? src.text;
    out.push(
      finding('CIDR_HOST_BITS', `"${src.text}" in ${src.where} has host bits set: Azure expects ${normal} (InvalidCIDRNotation).`, {
        vnets: src.vnets,
        details: { ...src.details, prefix: src.text, normalised: normal },
        fixes: [{ title: `Use ${normal}`, ops: [src.replace(normal)] }],
      }),
    );
  }
  return withUsableFixes(design, out);
}
