/**
 * Everything the CLI needs from the outside world, injected so commands are testable without spawning
 * a process. `nodeIo()` is the real implementation; tests pass an in-memory one.
 */
import { mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';

export interface CliIo {
  stdout: { write(text: string): void; isTTY: boolean };
  stderr: { write(text: string): void };
  env: Readonly<Record<string, string | undefined>>;
  /** size in bytes, or undefined when the path is not a readable file */
  fileSize(path: string): number | undefined;
  readFile(path: string): string;
  writeFile(path: string, data: string | Uint8Array): void;
  /** what is at a path (symbolic links followed) */
  pathKind(path: string): PathKind;
  /** the same file as another path (hard or symbolic links, `./x` and `x`): never overwrite an input */
  sameFile(a: string, b: string): boolean;
  /** creates a directory and its parents */
  mkdir(path: string): void;
  /** all of standard input, as text (`-` as an input file) */
  readStdin(): string;
}

export type PathKind = 'file' | 'directory' | 'fifo' | 'device' | 'socket' | 'missing' | 'other';

/** Why a path that is not a regular file cannot be read as an input, in the user's words. */
export function notAFileReason(kind: PathKind): string {
  switch (kind) {
    case 'missing':
      return 'no such file';
    case 'directory':
      return 'it is a directory; give a file';
    case 'fifo':
      return 'it is a named pipe (FIFO); to read from a pipe, pass - and pipe into standard input';
    case 'device':
      return 'it is a device, not a file';
    case 'socket':
      return 'it is a socket, not a file';
    default:
      return 'it is not a regular file';
  }
}

export function nodeIo(): CliIo {
  return {
    stdout: { write: (t) => void process.stdout.write(t), isTTY: process.stdout.isTTY === true },
    stderr: { write: (t) => void process.stderr.write(t) },
    env: process.env,
    fileSize: (path) => {
      try {
        const s = statSync(path);
        return s.isFile() ? s.size : undefined;
      } catch {
        return undefined;
      }
    },
    readFile: (path) => decodeText(readFileSync(path)),
    writeFile: (path, data) => (typeof data === 'string' ? writeFileSync(path, data, 'utf8') : writeFileSync(path, data)),
    pathKind: (path) => {
      try {
        const s = statSync(path);
        if (s.isFile()) return 'file';
        if (s.isDirectory()) return 'directory';
        if (s.isFIFO()) return 'fifo';
        if (s.isCharacterDevice() || s.isBlockDevice()) return 'device';
        if (s.isSocket()) return 'socket';
        return 'other';
      } catch {
        return 'missing';
      }
    },
    sameFile: (a, b) => {
      try {
        const x = statSync(a);
        const y = statSync(b);
        return x.dev === y.dev && x.ino === y.ino;
      } catch {
        try {
          return realpathSync(a) === realpathSync(b);
        } catch {
          return false;
        }
      }
    },
    mkdir: (path) => void mkdirSync(path, { recursive: true }),
    readStdin: () => decodeText(readFileSync(0)),
  };
}

/**
 * File bytes as text: UTF-16 when the file starts with a UTF-16 byte-order mark (Windows PowerShell 5.1's
 * `>` and Out-File write UTF-16LE, the usual way a `Get-AzVirtualNetwork | ConvertTo-Json` dump is saved),
 * else UTF-8.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColour(io: CliIo): boolean {
  const noColor = io.env['NO_COLOR'];
  return io.stdout.isTTY && (noColor === undefined || noColor === '');
}

/** An error as one line; Node's own messages already start with their code ("EACCES: permission denied, open 'x'"). */
export function errorMessage(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const code = (e as NodeJS.ErrnoException).code;
  return code && !e.message.startsWith(code) ? `${code}: ${e.message}` : e.message;
}
