/**
 * Compression for share links: raw DEFLATE (fflate, level 9) out, and a capped inflate in. A link of a
 * few kilobytes can legally inflate to gigabytes (a "compression bomb"), so inflating streams the
 * input in small chunks and stops as soon as the output passes the cap, before allocating it.
 */
import { Inflate, deflateSync } from 'fflate';

/** Far more than any design that fits in a URL (the 49-spoke hub is ~4 KB); small enough to be harmless. */
export const MAX_INFLATED_BYTES = 5 * 1024 * 1024;
const CHUNK = 1024;

export function deflate(data: Uint8Array): Uint8Array {
  return deflateSync(data, { level: 9, mem: 12 });
}

export type InflateResult = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

export function inflateCapped(data: Uint8Array, maxBytes = MAX_INFLATED_BYTES): InflateResult {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let isDone = false;
  let isOver = false;
  const stream = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > maxBytes) isOver = true;
    else chunks.push(chunk);
    if (final) isDone = true;
  });
  try {
    for (let i = 0; i < data.length && !isOver; i += CHUNK) {
      const end = Math.min(i + CHUNK, data.length);
      stream.push(data.subarray(i, end), end === data.length);
    }
    if (data.length === 0) stream.push(new Uint8Array(0), true);
  } catch {
    return { ok: false, message: 'the link is damaged or cut off (its compressed data does not unpack)' };
  }
  if (isOver) {
    return { ok: false, message: `the link unpacks to more than ${maxBytes / 1048576} MB, far more than any design: refused` };
  }
  if (!isDone) return { ok: false, message: 'the link is cut off (its compressed data ends early)' };
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return { ok: true, bytes: out };
}
