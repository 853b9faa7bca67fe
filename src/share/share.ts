/**
 * Share links: the whole design in the URL fragment (`#d=2.<payload>`), which browsers never send to a
 * server. Payload = base64url(deflate-raw(wire bytes + FNV-1a checksum)); the wire format is our own
 * compact binary (wireEncode.ts), not React Flow's objects. The number before the dot is the format
 * version: every version ever released keeps decoding (test/share-links/ holds real links of each).
 *
 * decodeShare never throws: damaged, truncated, oversized, future-version and hostile links come
 * back as `{ ok: false, errors: [message] }`, and a decoded design goes through parseDesign like a file.
 */
import type { Design } from '../model/schema';
import { formatSchemaErrors, parseDesign } from '../model/parse';
import { fail, ok, type Result } from '../model/result';
import { WireError } from './bytes';
import { fromBase64Url, toBase64Url } from './base64url';
import { deflate, inflateCapped } from './inflate';
import { decodeWire } from './wireDecode';
import { encodeWire, WIRE_FORMAT } from './wireEncode';
import { findShareFragment, SHARE_PARAM } from './fragment';

export { findShareFragment, SHARE_PARAM };

/**
 * The format new links are written in. 2 (on-premises connection details) replaced 1; format-1 links
 * still open (FORMAT.md says what changed).
 */
export const SHARE_FORMAT_VERSION = WIRE_FORMAT;
/** Some chat tools and e-mail clients cut longer links; the share dialog warns past this. */
export const SHARE_LINK_WARN_LENGTH = 2000;
/** A link this long is refused before any decoding (browsers themselves stop near 2 MB). */
export const MAX_SHARE_TEXT_LENGTH = 2 * 1024 * 1024;

function checksum(data: Uint8Array): number {
  let h = 0x811c9dc5;
  for (const b of data) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h;
}

function withChecksum(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(data.length + 4);
  out.set(data);
  new DataView(out.buffer).setUint32(data.length, checksum(data), true);
  return out;
}

/** The fragment body for a design, without '#': `d=2.<payload>`. */
export function encodeShare(design: Design): string {
  return `${SHARE_PARAM}=${SHARE_FORMAT_VERSION}.${toBase64Url(deflate(withChecksum(encodeWire(design))))}`;
}

/** A full link: the page address without its old fragment, plus the design's fragment. */
export function shareUrl(pageUrl: string, design: Design): string {
  const hash = pageUrl.indexOf('#');
  return `${hash < 0 ? pageUrl : pageUrl.slice(0, hash)}#${encodeShare(design)}`;
}

export function decodeShare(text: string): Result<Design, string> {
  if (text.length > MAX_SHARE_TEXT_LENGTH) {
    return fail(`the link is ${(text.length / 1048576).toFixed(1)} MB long; share links are refused past 2 MB`);
  }
  const body = findShareFragment(text);
  if (body === undefined) return fail(`this is not a design link (no "#${SHARE_PARAM}=" part)`);
  const dot = body.indexOf('.');
  const version = dot < 0 ? '' : body.slice(0, dot);
  if (!/^\d{1,6}$/.test(version)) return fail('this design link is damaged: its format version is missing');
  // Every format ever released keeps decoding: 1 and 2.
  const format = Number(version);
  if (format !== 1 && format !== 2) {
    return format > SHARE_FORMAT_VERSION
      ? fail(`this link uses share format ${version}, newer than this app understands (${SHARE_FORMAT_VERSION}); update the app`)
      : fail(`unknown share format ${version}`);
  }
  const bytes = fromBase64Url(body.slice(dot + 1));
  if (!bytes.ok) return fail(bytes.message);
  const inflated = inflateCapped(bytes.bytes);
  if (!inflated.ok) return fail(inflated.message);
  const data = inflated.bytes;
  if (data.length < 4) return fail('the link is cut off (too short to hold a design)');
  const wire = data.subarray(0, data.length - 4);
  const stored = new DataView(data.buffer, data.byteOffset + wire.length, 4).getUint32(0, true);
  if (stored !== checksum(wire)) return fail('the link is damaged (its checksum does not match): ask for it again');
  let raw: Design;
  try {
    raw = decodeWire(wire, format);
  } catch (e) {
    // Only WireError is expected; anything else is still reported, never thrown at the caller.
    return fail(e instanceof WireError ? `the link is damaged: ${e.message}` : 'the link is damaged and cannot be read');
  }
  const parsed = parseDesign(raw);
  if (!parsed.ok) return fail(`the link holds an invalid design: ${formatSchemaErrors(parsed.errors)}`);
  return ok(parsed.value);
}
