/** Argument parsing for commands (node:util parseArgs), turning its exceptions into UsageError. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './command';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseCommandArgs<O extends Options>(args: string[], options: O, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new UsageError(`${reason ?? 'invalid arguments'}\nusage: vnet-designer ${usage}`);
  }
}

export function requirePositionals(positionals: string[], names: string[], usage: string): string[] {
  if (positionals.length !== names.length) {
    const what = positionals.length < names.length ? `missing ${names.slice(positionals.length).join(' and ')}` : `unexpected argument "${positionals[names.length] ?? ''}"`;
    throw new UsageError(`${what}\nusage: vnet-designer ${usage}`);
  }
  return positionals;
}
