/** An in-memory CliIo for tests: files in a map, output captured. */
import type { CliIo } from './io';

export interface TestIo extends CliIo {
  out: string;
  err: string;
  files: Map<string, string>;
  reads: string[];
}

export function testIo(files: Record<string, string> = {}, opts: { isTTY?: boolean; env?: Record<string, string>; sizes?: Record<string, number> } = {}): TestIo {
  const io: TestIo = {
    out: '',
    err: '',
    files: new Map(Object.entries(files)),
    reads: [],
    stdout: { write: (t) => void (io.out += t), isTTY: opts.isTTY ?? false },
    stderr: { write: (t) => void (io.err += t) },
    env: opts.env ?? {},
    fileSize: (p) => opts.sizes?.[p] ?? (io.files.has(p) ? Buffer.byteLength(io.files.get(p) ?? '') : undefined),
    readFile: (p) => {
      io.reads.push(p);
      const t = io.files.get(p);
      if (t === undefined) throw new Error(`ENOENT ${p}`);
      return t;
    },
    writeFile: (p, t) => void io.files.set(p, t),
  };
  return io;
}
