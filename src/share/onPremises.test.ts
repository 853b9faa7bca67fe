/**
 * Share format 2: an on-premises network's connection details (type, device IP or FQDN, BGP,
 * ExpressRoute circuit id) survive a link; format 1 (which had none of them) still opens as before,
 * and a format-2 record with settings the format does not define is refused with a message.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sampleDesign } from '../model/sample';
import type { Design, OnPremises } from '../model/schema';
import { toBase64Url } from './base64url';
import { deflate } from './inflate';
import { decodeShare, encodeShare } from './share';
import { encodeWire } from './wireEncode';

function withSites(sites: OnPremises[]): Design {
  const d = sampleDesign();
  d.onPremises = sites;
  return d;
}

/** A link around raw wire bytes: what share.ts does, with the FNV-1a checksum written here again. */
function linkOf(wire: Uint8Array, format: number): string {
  let h = 0x811c9dc5;
  for (const b of wire) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  const out = new Uint8Array(wire.length + 4);
  out.set(wire);
  new DataView(out.buffer).setUint32(wire.length, h, true);
  return `d=${format}.${toBase64Url(deflate(out))}`;
}

/** A design holding one on-premises network and nothing else: its flags are the 9th wire byte. */
function lonelySite(site: OnPremises): Uint8Array {
  const d: Design = {
    version: 1, name: 'x', subscriptions: [], resourceGroups: [], vnets: [], routeTables: [], onPremises: [site],
    peerings: [], intents: [], layout: { positions: {} },
  };
  // name (0, length 1, 'x'), no subscriptions, groups, route tables, VNets; 1 on-premises network
  const wire = encodeWire(d);
  expect([...wire.subarray(0, 8)]).toEqual([0, 1, 0x78, 0, 0, 0, 0, 1]);
  return wire;
}

describe('share format 2: on-premises connection details', () => {
  it('round-trips every field: IPsec with IP and BGP, FQDN, ExpressRoute circuit, explicit type without a gateway', () => {
    const design = withSites([
      {
        id: 'onprem-hq', name: 'onprem-hq', addressRanges: ['192.168.0.0/16'], gatewayId: 'gw-hub', connectionType: 'IPsec',
        gatewayIpAddress: '203.0.113.10', bgp: { asn: 65010, peeringAddress: '192.168.255.254' },
      },
      { id: 'branch', name: 'branch-ä', addressRanges: [], gatewayId: 'gw-hub', fqdn: 'vpn.branch.example.com', bgp: { asn: 4294967294, peeringAddress: '169.254.21.1' } },
      {
        id: 'dc', name: 'dc', addressRanges: ['172.16.0.0/12'], connectionType: 'ExpressRoute',
        expressRouteCircuitId: '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-er/providers/Microsoft.Network/expressRouteCircuits/er-1',
      },
      { id: 'empty', name: 'empty', addressRanges: ['10.99.0.0/16'], gatewayIpAddress: '', fqdn: '' },
    ]);
    const link = encodeShare(design);
    expect(link.startsWith('d=2.')).toBe(true);
    expect(decodeShare(link)).toEqual({ ok: true, value: design });
  });

  it('writes a design without connection details exactly as format 1 did (only the version differs)', () => {
    const released = JSON.parse(readFileSync(new URL('../../test/share-links/format-1.json', import.meta.url), 'utf8')) as {
      links: { title: string; link: string; design: unknown }[];
    };
    const sample = released.links.find((l) => l.title === 'sample hub and spoke');
    if (!sample) throw new Error('format-1.json lost its sample link');
    const design = decodeShare(sample.link);
    if (!design.ok) throw new Error(design.errors.join('; '));
    expect(design.value.onPremises[0]?.gatewayId).toBe('gw-hub');
    expect(`#${encodeShare(design.value)}`).toBe(sample.link.replace('#d=1.', '#d=2.'));
  });

  it('format 1 reads the old record only: bits it never wrote are ignored, as they always were', () => {
    const wire = lonelySite({ id: 'o', name: 'o', addressRanges: [], connectionType: 'ExpressRoute' });
    expect(wire[8]).toBe(4);
    const v1 = decodeShare(linkOf(wire, 1));
    expect(v1.ok && v1.value.onPremises[0]).toEqual({ id: 'o', name: 'o', addressRanges: [] });
    const v2 = decodeShare(linkOf(wire, 2));
    expect(v2.ok && v2.value.onPremises[0]?.connectionType).toBe('ExpressRoute');
  });

  it('refuses a format-2 record with an unknown connection type or settings bits, naming what is wrong', () => {
    const wire = lonelySite({ id: 'o', name: 'o', addressRanges: [] });
    const badType = Uint8Array.from(wire);
    badType[8] = 3 * 2; // connection type code 3: none
    expect(decodeShare(linkOf(badType, 2))).toEqual({ ok: false, errors: ['the link is damaged: the link contains an unknown connection type (code 2)'] });
    // flags 128 (a bit format 2 does not define) take two LEB128 bytes
    const badBits = Uint8Array.from([...wire.subarray(0, 8), 0x80, 0x01, ...wire.subarray(9)]);
    expect(decodeShare(linkOf(badBits, 2))).toEqual({ ok: false, errors: ['the link is damaged: an on-premises network in the link has unknown settings'] });
  });

  it('an ASN past 32 bits in a hand-made link is refused by the one load path, not trusted', () => {
    const wire = lonelySite({ id: 'o', name: 'o', addressRanges: [], bgp: { asn: 4294967295, peeringAddress: '10.0.0.1' } });
    // the ASN 4294967295 is LEB128 ff ff ff ff 0f: make it 2^32 (80 80 80 80 10)
    const at = wire.findIndex((b, i) => i > 8 && b === 0xff && wire[i + 4] === 0x0f);
    const bad = Uint8Array.from(wire);
    bad.set([0x80, 0x80, 0x80, 0x80, 0x10], at);
    const r = decodeShare(linkOf(bad, 2));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]).toMatch(/^the link holds an invalid design: onPremises\[0\]\.bgp\.asn/);
  });
});
