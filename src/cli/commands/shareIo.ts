/**
 * What the share and open commands need from the outside world, injectable so tests run them without
 * touching the disk. The default is Node's fs and the process streams (the CLI is the only layer that
 * may use them).
 */
import { readFile, writeFile } from 'node:fs/promises';

export interface CommandIo {
  readText(path: string): Promise<string>;
  writeText(path: string, text: string): Promise<void>;
  out(text: string): void;
  err(text: string): void;
}

export const nodeIo: CommandIo = {
  readText: (path) => readFile(path, 'utf8'),
  writeText: (path, text) => writeFile(path, text, 'utf8'),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** A command of this issue: `run` returns the exit code and never throws on user input. */
export interface ShareCommand {
  name: string;
  summary: string;
  usage: string;
  run(args: readonly string[], io?: CommandIo): Promise<number>;
}
