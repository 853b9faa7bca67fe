import { describe, expect, it } from 'vitest';
import { deflateSync, strToU8 } from 'fflate';
import { sampleDesign } from '../model/sample';
import { parseDesign } from '../model/parse';
import { hubAndSpokes } from '../../test/share-links/designs';
import { toBase64Url } from './base64url';
import { decodeShare, encodeShare, findShareFragment, shareUrl, SHARE_LINK_WARN_LENGTH } from './share';

describe('share links', () => {
  it('round-trips the sample design, positions included', () => {
    const design = sampleDesign();
    const fragment = encodeShare(design);
    expect(fragment).toMatch(/^d=2\.[A-Za-z0-9_-]+$/);
    const back = decodeShare(fragment);
    expect(back).toEqual({ ok: true, value: design });
  });

  it('meets the size target for a hub with 49 spokes (<= 2,000 chars, <= 0.6 x deflated JSON)', () => {
    const design = hubAndSpokes(49);
    expect(design.vnets).toHaveLength(50);
    expect(design.peerings).toHaveLength(98);
    const link = `https://example.github.io/vnet-peering-designer/#${encodeShare(design)}`;
    const plain = toBase64Url(deflateSync(strToU8(JSON.stringify(design)), { level: 9 }));
    expect(link.length).toBeLessThanOrEqual(SHARE_LINK_WARN_LENGTH);
    expect(encodeShare(design).length / plain.length).toBeLessThanOrEqual(0.6);
    expect(decodeShare(link)).toEqual({ ok: true, value: design });
  });

  it('accepts a full link, a #fragment or the bare fragment, and ignores other fragment parameters', () => {
    const design = sampleDesign();
    const url = shareUrl('http://localhost:5173/app/#old=1', design);
    expect(url.startsWith('http://localhost:5173/app/#d=2.')).toBe(true);
    for (const text of [url, url.slice(url.indexOf('#')), `  ${encodeShare(design)}\n`, `#x=2&${encodeShare(design)}`]) {
      expect(decodeShare(text).ok).toBe(true);
    }
    expect(findShareFragment('http://localhost:5173/')).toBeUndefined();
  });

  it('rounds positions to whole pixels and keeps them exact on any grid', () => {
    const design = sampleDesign();
    design.layout.positions = { 'vnet-hub': { x: 10.4, y: -0.3 }, 'vnet-spoke-a': { x: 35, y: -7 }, 'onprem-hq': { x: 3e12, y: 1 } };
    const back = decodeShare(encodeShare(design));
    expect(back.ok && back.value.layout.positions).toEqual({
      'vnet-hub': { x: 10, y: 0 }, 'vnet-spoke-a': { x: 35, y: -7 }, 'onprem-hq': { x: 3e12, y: 1 },
    });
  });

  it('keeps names carrying HTML or script as plain text (the UI renders text, never HTML)', () => {
    const design = sampleDesign();
    const evil = '<img src=x onerror="alert(document.cookie)"></script>';
    design.name = evil;
    design.vnets[0]!.name = evil;
    const back = decodeShare(encodeShare(design));
    expect(back.ok && back.value.name).toBe(evil);
    expect(back.ok && back.value.vnets[0]!.name).toBe(evil);
  });

  it('produces designs that pass parseDesign unchanged', () => {
    const back = decodeShare(encodeShare(hubAndSpokes(5)));
    expect(back.ok).toBe(true);
    if (back.ok) expect(parseDesign(JSON.parse(JSON.stringify(back.value)))).toEqual({ ok: true, value: back.value });
  });
});
