/**
 * Everything the CLI needs from the outside world, injected so commands are testable without spawning
 * a process. `nodeIo()` is the real implementation; tests pass an in-memory one.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';

export interface CliIo {
  stdout: { write(text: string): void; isTTY: boolean };
  stderr: { write(text: string): void };
  env: Readonly<Record<string, string | undefined>>;
  /** size in bytes, or undefined when the path is not a readable file */
  fileSize(path: string): number | undefined;
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
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
    writeFile: (path, text) => writeFileSync(path, text, 'utf8'),
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

export function errorMessage(e: unknown): string {
  if (e instanceof Error) return (e as NodeJS.ErrnoException).code ? `${(e as NodeJS.ErrnoException).code}: ${e.message}` : e.message;
  return String(e);
}

/** Writes an output file; a failure is written to stderr (`error: cannot write …`) and gives false. */
export function writeOutput(io: CliIo, path: string, text: string): boolean {
  try {
    io.writeFile(path, text);
    return true;
  } catch (e) {
    io.stderr.write(`error: cannot write ${path}: ${errorMessage(e)}\n`);
    return false;
  }
}
