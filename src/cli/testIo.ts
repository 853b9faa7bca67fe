/** An in-memory CliIo for tests: files in a map (directories implied by their files, or made), output captured. */
import type { CliIo, PathKind } from './io';

export interface TestIo extends CliIo {
  out: string;
  err: string;
  files: Map<string, string>;
  dirs: Set<string>;
  reads: string[];
}

const norm = (p: string): string => p.replace(/\/+$/, '').replace(/^\.\//, '') || '.';

export function testIo(
  files: Record<string, string> = {},
  opts: { isTTY?: boolean; env?: Record<string, string>; sizes?: Record<string, number>; stdin?: string; kinds?: Record<string, PathKind> } = {},
): TestIo {
  const io: TestIo = {
    out: '',
    err: '',
    files: new Map(Object.entries(files)),
    dirs: new Set(),
    reads: [],
    stdout: { write: (t) => void (io.out += t), isTTY: opts.isTTY ?? false },
    stderr: { write: (t) => void (io.err += t) },
    env: opts.env ?? {},
    fileSize: (p) => (io.pathKind(p) !== 'file' ? undefined : (opts.sizes?.[p] ?? Buffer.byteLength(io.files.get(p) ?? ''))),
    readFile: (p) => {
      io.reads.push(p);
      const t = io.files.get(norm(p)) ?? io.files.get(p);
      if (t === undefined) throw new Error(`ENOENT ${p}`);
      return t;
    },
    writeFile: (p, t) => void io.files.set(norm(p), typeof t === 'string' ? t : new TextDecoder().decode(t)),
    pathKind: (p) => {
      const n = norm(p);
      const kind = opts.kinds?.[p] ?? opts.kinds?.[n];
      if (kind) return kind;
      if (io.files.has(n) || io.files.has(p) || opts.sizes?.[p] !== undefined) return 'file';
      if (io.dirs.has(n) || [...io.files.keys()].some((f) => f.startsWith(`${n}/`))) return 'directory';
      return 'missing';
    },
    sameFile: (a, b) => norm(a) === norm(b),
    mkdir: (p) => void io.dirs.add(norm(p)),
    readStdin: () => {
      if (opts.stdin === undefined) throw new Error('no standard input in this test');
      return opts.stdin;
    },
  };
  return io;
}
