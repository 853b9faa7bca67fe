/**
 * A CLI command: one file per command in ./commands/, default-exporting a `Command`. The registry
 * (registry.ts) lists them as lazy imports: adding a command is its file and one line there.
 */
import type { CliIo } from './io';

export interface Command {
  name: string;
  /** one line for `help` */
  summary: string;
  /** usage line(s), e.g. "validate <file> [--format text|json]" */
  usage: string;
  /** process exit code: 0 ok, 1 problems found, 2 the input or the arguments could not be used */
  run(args: string[], io: CliIo): number | Promise<number>;
}

/** Thrown by argument parsing helpers; main prints the message and exits 2 without a stack trace. */
export class UsageError extends Error {}

export function isCommand(value: unknown): value is Command {
  if (value === null || typeof value !== 'object') return false;
  const c = value as Record<string, unknown>;
  return typeof c['name'] === 'string' && typeof c['run'] === 'function' && typeof c['summary'] === 'string';
}
