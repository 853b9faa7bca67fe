/**
 * CIDR_INVALID and CIDR_HOST_BITS [reference 2.1, 1.15]: every prefix must be CIDR notation, and Azure
 * refuses a prefix whose address has bits set past the prefix length (`InvalidCIDRNotation`, e.g.
 * 10.10.10.0/16). The host-bits fix replaces the prefix with its network address.
 */
import { hasHostBits, normaliseCidr, parseCidr, type CidrRange } from '../../model/cidr';
import type { Design } from '../../model/schema';
import type { Finding } from '../types';
import { finding, withUsableFixes } from './finding';
import { describeOwner, isServiceTag, prefixSources, replacePrefix } from './prefixSources';

/**
 * Host-bit check without a second address parse for IPv4 (the common case, thousands of prefixes per
 * design): the parsed range starts at the network address, so compare it with the typed address.
 */
const hostBitsCache = new Map<string, boolean>();

function hasHostBitsFast(text: string, range: CidrRange): boolean {
  const cached = hostBitsCache.get(text);
  if (cached !== undefined) return cached;
  let result: boolean;
  if (range.family === 6) result = hasHostBits(text);
  else {
    let value = 0;
    let octet = 0;
    let i = 0;
    while (i < text.length && text.charCodeAt(i) <= 32) i++;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 46 /* . */) {
        value = value * 256 + octet;
        octet = 0;
      } else if (c === 47 /* / */) break;
      else octet = octet * 10 + (c - 48);
    }
    result = BigInt(value * 256 + octet) !== range.start;
  }
  if (hostBitsCache.size > 200_000) hostBitsCache.clear();
  hostBitsCache.set(text, result);
  return result;
}

type Verdict = 'ok' | 'invalid' | 'hostBits';
const verdicts = new Map<string, Verdict>();

/** One cached map lookup per prefix text: most prefixes are fine and need no further work. */
function verdict(text: string): Verdict {
  let v = verdicts.get(text);
  if (v === undefined) {
    const parsed = parseCidr(text);
    v = !parsed.ok ? 'invalid' : hasHostBitsFast(text, parsed.value) ? 'hostBits' : 'ok';
    if (verdicts.size > 200_000) verdicts.clear();
    verdicts.set(text, v);
  }
  return v;
}

export function cidrNotation(design: Design): Finding[] {
  const out: Finding[] = [];
  if (!hasAnyProblem(design)) return out;
  for (const src of prefixSources(design)) {
    const v = verdict(src.text);
    if (v === 'ok') continue;
    const { where, details } = describeOwner(src);
    if (v === 'invalid') {
      const parsed = parseCidr(src.text);
      const reason = parsed.ok ? 'invalid' : (parsed.errors[0]?.message ?? 'invalid');
      out.push(
        finding('CIDR_INVALID', `"${src.text}" in ${where} is not valid CIDR notation (expected e.g. 10.1.0.0/16).`, {
          vnets: src.vnets,
          details: { ...details, prefix: src.text, reason },
        }),
      );
      continue;
    }
    const normal = normaliseCidr(src.text) ?? src.text;
    out.push(
      finding('CIDR_HOST_BITS', `"${src.text}" in ${where} has host bits set: Azure expects ${normal} (InvalidCIDRNotation).`, {
        vnets: src.vnets,
        details: { ...details, prefix: src.text, normalised: normal },
        fixes: [{ title: `Use ${normal}`, ops: [replacePrefix(src, normal)] }],
      }),
    );
  }
  return withUsableFixes(design, out);
}

/** A quick scan without building prefix sources: a clean design (the usual case) stops here. */
function hasAnyProblem(design: Design): boolean {
  for (const v of design.vnets) {
    for (const t of v.addressPrefixes) if (verdict(t) !== 'ok') return true;
    for (const s of v.subnets) for (const t of s.addressPrefixes) if (verdict(t) !== 'ok') return true;
  }
  for (const rt of design.routeTables) for (const r of rt.routes) if (verdict(r.addressPrefix) !== 'ok' && !isServiceTag(r.addressPrefix)) return true;
  for (const o of design.onPremises) for (const t of o.addressRanges) if (verdict(t) !== 'ok') return true;
  return false;
}
