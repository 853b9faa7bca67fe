/**
 * The byte layer of the share wire format: varints, zigzag integers, float64 and an inline string
 * table (a string is written once; later uses cost its index). The reader bounds-checks every read
 * and fails with a `WireError`, which `decodeShare` turns into a message: nothing escapes to callers.
 */
import { strFromU8, strToU8 } from 'fflate';

/** No string in a design may be longer (schema: text max 1000); longer ones are refused while reading. */
export const MAX_WIRE_STRING = 1000;

export class WireError extends Error {}

export class ByteWriter {
  private buf = new Uint8Array(1024);
  private len = 0;
  private readonly table = new Map<string, number>();

  private ensure(extra: number): void {
    if (this.len + extra <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.len + extra));
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }

  byte(b: number): void {
    this.ensure(1);
    this.buf[this.len++] = b & 0xff;
  }

  bytes(data: Uint8Array): void {
    this.ensure(data.length);
    this.buf.set(data, this.len);
    this.len += data.length;
  }

  /** Unsigned LEB128 for 0 <= n <= 2^53 (division, not bit operators, so it is exact past 2^31). */
  uint(n: number): void {
    let v = n;
    while (v >= 0x80) {
      this.byte((v % 0x80) + 0x80);
      v = Math.floor(v / 0x80);
    }
    this.byte(v);
  }

  /** Zigzag: small negative numbers stay small. */
  int(n: number): void {
    this.uint(n >= 0 ? n * 2 : -n * 2 - 1);
  }

  bool(b: boolean): void {
    this.byte(b ? 1 : 0);
  }

  f64(n: number): void {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setFloat64(0, n, true);
    this.bytes(b);
  }

  /** 0 = new string (length + UTF-8 follow), k > 0 = the (k-1)-th string written so far. */
  str(s: string): void {
    const known = this.table.get(s);
    if (known !== undefined) {
      this.uint(known + 1);
      return;
    }
    this.table.set(s, this.table.size);
    const utf8 = strToU8(s);
    this.uint(0);
    this.uint(utf8.length);
    this.bytes(utf8);
  }

  finish(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

export class ByteReader {
  private pos = 0;
  private readonly table: string[] = [];
  /** Characters that derived names may still produce: names built from references cost no bytes. */
  private charBudget = 20_000_000;

  constructor(private readonly data: Uint8Array) {}

  get remaining(): number {
    return this.data.length - this.pos;
  }

  byte(): number {
    const b = this.data[this.pos];
    if (b === undefined) throw new WireError('the link ends too early (truncated?)');
    this.pos++;
    return b;
  }

  bytes(n: number): Uint8Array {
    if (n > this.remaining) throw new WireError('the link ends too early (truncated?)');
    const out = this.data.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  uint(): number {
    let result = 0;
    let scale = 1;
    for (let i = 0; i < 8; i++) {
      const b = this.byte();
      result += (b & 0x7f) * scale;
      if (b < 0x80) return result;
      scale *= 0x80;
    }
    throw new WireError('a number in the link is malformed');
  }

  int(): number {
    const z = this.uint();
    return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  }

  bool(): boolean {
    const b = this.byte();
    if (b > 1) throw new WireError('a yes/no value in the link is malformed');
    return b === 1;
  }

  f64(): number {
    const b = this.bytes(8);
    const copy = new Uint8Array(b);
    return new DataView(copy.buffer).getFloat64(0, true);
  }

  /** A count of items that each take at least one byte: refuses counts the rest of the data cannot hold. */
  count(max: number): number {
    const n = this.uint();
    if (n > max || n > this.remaining) throw new WireError(`a list in the link claims ${n} items, more than it can hold`);
    return n;
  }

  str(): string {
    const ref = this.uint();
    if (ref > 0) {
      const s = this.table[ref - 1];
      if (s === undefined) throw new WireError('the link refers to a text it does not contain');
      return s;
    }
    const len = this.uint();
    if (len > MAX_WIRE_STRING * 4) throw new WireError('a text in the link is longer than any design allows');
    const s = strFromU8(this.bytes(len));
    this.table.push(s);
    return s;
  }

  spend(chars: number): void {
    this.charBudget -= chars;
    if (this.charBudget < 0) throw new WireError('the link expands to more text than any design holds');
  }

  get atEnd(): boolean {
    return this.pos === this.data.length;
  }
}
