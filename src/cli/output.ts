/**
 * Writing results without destroying anything: the CLI's file-safety rules, in one place.
 *
 * - `-o FILE` onto an existing file refuses unless `--force`, and never (not even with --force) onto an
 *   input file of the same command;
 * - `-o -` writes to standard output;
 * - a directory export refuses to overwrite files it did not write itself unless `--force`: it keeps a
 *   manifest (`.vnet-designer-export.json`) of what it wrote, with a hash of each file, so re-exporting
 *   over an untouched earlier export just works, while a file the user edited (or never came from here)
 *   stays until `--force`;
 * - a FIFO or device is written to (that destroys nothing), a directory where a file is expected is refused
 *   with its own message.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { errorMessage, type CliIo } from './io';

export const MANIFEST = '.vnet-designer-export.json';

export interface OutputRules {
  force: boolean;
  /** the command's input files: never overwritten */
  inputs: readonly string[];
}

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** Why writing one file at `target` is refused, or undefined when it is allowed. */
export function refuseFile(io: CliIo, target: string, rules: OutputRules): string | undefined {
  const kind = io.pathKind(target);
  if (kind === 'missing') return undefined;
  if (kind === 'directory') return `${target} is a directory; give a file name, or end -o with / to write into it`;
  for (const input of rules.inputs) {
    if (input !== '-' && io.sameFile(target, input)) return `${target} is this command's input file; refusing to overwrite it (even with --force)`;
  }
  if (kind === 'file' && !rules.force) return `${target} exists; pass --force to overwrite it`;
  return undefined;
}

/** Writes one output (`-` = standard output); a refusal or failure goes to stderr and gives false. */
export function writeOutput(io: CliIo, target: string, data: string | Uint8Array, rules: OutputRules): boolean {
  if (target === '-') {
    io.stdout.write(typeof data === 'string' ? data : new TextDecoder().decode(data));
    return true;
  }
  const refusal = refuseFile(io, target, rules);
  if (refusal !== undefined) {
    io.stderr.write(`error: ${refusal}\n`);
    return false;
  }
  try {
    io.writeFile(target, data);
    return true;
  } catch (e) {
    io.stderr.write(`error: cannot write ${target}: ${errorMessage(e)}\n`);
    return false;
  }
}

/** Whether `-o` names a directory: it ends with a path separator, or a directory is there. */
export function isDirectoryTarget(io: CliIo, target: string): boolean {
  return /[\\/]$/.test(target) || io.pathKind(target) === 'directory';
}

/** The manifest of an earlier export into `dir`: file name -> hash of the text written. */
function readManifest(io: CliIo, dir: string): Map<string, string> {
  const file = path.join(dir, MANIFEST);
  const hashes = new Map<string, string>();
  if (io.pathKind(file) !== 'file') return hashes;
  try {
    const parsed: unknown = JSON.parse(io.readFile(file));
    const files = parsed !== null && typeof parsed === 'object' ? (parsed as { files?: unknown }).files : undefined;
    if (files !== null && typeof files === 'object') {
      for (const [name, hash] of Object.entries(files as Record<string, unknown>).slice(0, 10_000)) if (typeof hash === 'string') hashes.set(name, hash);
    }
  } catch {
    // an unreadable manifest vouches for nothing: every existing file then counts as not ours
  }
  return hashes;
}

/**
 * Writes `files` (relative path -> text) into `dir`, creating it. Refuses, before writing anything, when
 * a file there was not written by an earlier export or was changed since (unless --force), or is an input.
 */
export function writeDirectory(io: CliIo, dir: string, files: Readonly<Record<string, string>>, rules: OutputRules): boolean {
  const kind = io.pathKind(dir);
  if (kind !== 'missing' && kind !== 'directory') {
    io.stderr.write(`error: ${dir} exists and is not a directory\n`);
    return false;
  }
  const manifest = readManifest(io, dir);
  const foreign: string[] = [];
  for (const name of Object.keys(files)) {
    const target = path.join(dir, name);
    const targetKind = io.pathKind(target);
    if (targetKind === 'missing') continue;
    if (targetKind === 'directory') {
      io.stderr.write(`error: ${target} is a directory; the export needs a file there\n`);
      return false;
    }
    for (const input of rules.inputs) {
      if (input !== '-' && io.sameFile(target, input)) {
        io.stderr.write(`error: ${target} is this command's input file; refusing to overwrite it (even with --force)\n`);
        return false;
      }
    }
    if (rules.force || targetKind !== 'file') continue;
    let current: string | undefined;
    try {
      current = io.readFile(target);
    } catch {
      current = undefined;
    }
    if (current === undefined || manifest.get(name) !== sha256(current)) foreign.push(name);
  }
  if (foreign.length > 0) {
    const shown = foreign.slice(0, 10).join(', ') + (foreign.length > 10 ? `, and ${foreign.length - 10} more` : '');
    io.stderr.write(`error: ${dir} holds ${foreign.length} file(s) this tool did not write or that changed since: ${shown}; pass --force to overwrite them\n`);
    return false;
  }
  try {
    io.mkdir(dir);
    const written: Record<string, string> = {};
    for (const [name, text] of Object.entries(files)) {
      const target = path.join(dir, name);
      io.mkdir(path.dirname(target));
      io.writeFile(target, text);
      written[name] = sha256(text);
    }
    io.writeFile(path.join(dir, MANIFEST), `${JSON.stringify({ writtenBy: 'vnet-designer export', files: written }, null, 2)}\n`);
    return true;
  } catch (e) {
    io.stderr.write(`error: cannot write into ${dir}: ${errorMessage(e)}\n`);
    return false;
  }
}
