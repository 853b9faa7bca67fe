/**
 * The CLI entry point (`npm run cli -- <command>`, `bin/vnet-designer.mjs`). `run(argv, io)` is the
 * testable core: it returns the exit code and never throws; `main()` wires it to the real process.
 * Commands live one per file in ./commands/ and are found by registry.ts.
 */
import { pathToFileURL } from 'node:url';
import { UsageError } from './command';
import { usageText } from './commands/help';
import { errorMessage, nodeIo, type CliIo } from './io';
import { findCommand } from './registry';

export async function run(argv: string[], io: CliIo): Promise<number> {
  try {
    const [name, ...args] = argv;
    if (name === undefined || name === '--help' || name === '-h') {
      io.stdout.write(await usageText());
      return 0;
    }
    const command = await findCommand(name);
    if (!command) {
      io.stderr.write(`error: unknown command "${name}"; run "vnet-designer help" for the list\n`);
      return 2;
    }
    return await command.run(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`error: ${e.message}\n`);
      return 2;
    }
    // a bug, not bad input: still one line, no stack trace (set VNET_DESIGNER_DEBUG=1 to see it)
    io.stderr.write(`error: ${errorMessage(e)}\n`);
    if (io.env['VNET_DESIGNER_DEBUG'] && e instanceof Error && e.stack) io.stderr.write(`${e.stack}\n`);
    return 2;
  }
}

export async function main(): Promise<void> {
  process.exitCode = await run(process.argv.slice(2), nodeIo());
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) void main();
