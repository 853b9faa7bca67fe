/**
 * Address prefixes on the wire. A canonical IPv4 prefix without host bits ("10.1.2.0/24") is written
 * as its length and the difference between its network number and the previous IPv4 prefix's, at the
 * same length: a spoke after its hub, a subnet after its VNet, the next /24 after the last one, all
 * cost a byte or two, and repeat the same bytes so deflate shrinks them further. Anything else (IPv6,
 * host bits, typos the engine will report) is kept verbatim as text, so every prefix round-trips exactly.
 */
import type { ByteReader, ByteWriter } from './bytes';
import { WireError } from './bytes';

const TWO32 = 2 ** 32;

/** Parses "a.b.c.d/n" only when formatting it back gives the same text (no leading zeros, no spaces). */
function parseCanonicalV4(text: string): { addr: number; len: number } | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(text);
  if (!m) return undefined;
  const parts = [m[1], m[2], m[3], m[4]].map((p) => Number(p));
  const len = Number(m[5]);
  if (parts.some((p) => p > 255) || len > 32) return undefined;
  const [a = 0, b = 0, c = 0, d = 0] = parts;
  const addr = ((a * 256 + b) * 256 + c) * 256 + d;
  if (formatV4(addr, len) !== text) return undefined;
  return { addr, len };
}

function formatV4(addr: number, len: number): string {
  const octets = [addr / 16777216, addr / 65536, addr / 256, addr].map((x) => Math.floor(x) % 256);
  return `${octets.join('.')}/${len}`;
}

export class PrefixWriter {
  private prev = 0;
  constructor(private readonly w: ByteWriter) {}

  write(text: string): void {
    const v4 = parseCanonicalV4(text);
    const block = v4 ? 2 ** (32 - v4.len) : 1;
    if (!v4 || v4.addr % block !== 0) {
      this.w.uint(0);
      this.w.str(text);
      return;
    }
    this.w.uint(v4.len + 1);
    this.w.int(v4.addr / block - Math.floor(this.prev / block));
    this.prev = v4.addr;
  }

  list(texts: readonly string[]): void {
    this.w.uint(texts.length);
    for (const t of texts) this.write(t);
  }
}

export class PrefixReader {
  private prev = 0;
  constructor(private readonly r: ByteReader) {}

  read(): string {
    const head = this.r.uint();
    if (head === 0) return this.r.str();
    if (head > 33) throw new WireError('an address prefix in the link is malformed');
    const len = head - 1;
    const block = 2 ** (32 - len);
    const addr = (Math.floor(this.prev / block) + this.r.int()) * block;
    if (addr < 0 || addr >= TWO32) throw new WireError('an address prefix in the link is out of range');
    this.prev = addr;
    return formatV4(addr, len);
  }

  list(max: number): string[] {
    const n = this.r.count(max);
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(this.read());
    return out;
  }
}
