/**
 * Finds the commands: every `*.ts` file in ./commands/ (tests excluded) whose default export is a
 * Command. Listing the folder (instead of an import list) lets each command live in its own file and
 * be added without touching this one or main.ts. A command is looked up by its file name first
 * (`validate` -> commands/validate.ts), so running one command loads only that command's code, and one
 * broken command file never breaks the others.
 */
import { existsSync, readdirSync } from 'node:fs';
import { isCommand, type Command } from './command';
import { errorMessage } from './io';

const COMMANDS_DIR = new URL('./commands/', import.meta.url);

function commandFiles(): string[] {
  return readdirSync(COMMANDS_DIR)
    .filter((f) => /\.(ts|mts|js|mjs)$/.test(f) && !/\.test\.|\.d\.ts$/.test(f))
    .sort();
}

async function importCommand(file: string): Promise<Command | undefined> {
  const mod: unknown = await import(new URL(file, COMMANDS_DIR).href);
  const command = mod !== null && typeof mod === 'object' ? (mod as { default?: unknown }).default : undefined;
  return isCommand(command) ? command : undefined;
}

/** Every command that loads; files that fail to load are returned with the reason (for `help`). */
export async function loadCommands(): Promise<{ commands: Map<string, Command>; broken: { file: string; reason: string }[] }> {
  const commands = new Map<string, Command>();
  const broken: { file: string; reason: string }[] = [];
  for (const file of commandFiles()) {
    try {
      const command = await importCommand(file);
      if (command) commands.set(command.name, command);
    } catch (e) {
      broken.push({ file, reason: errorMessage(e) });
    }
  }
  return { commands, broken };
}

/** The command called `name`: its own file when there is one, else a scan of the folder. */
export async function findCommand(name: string): Promise<Command | undefined> {
  if (/^[a-z][a-z0-9-]*$/.test(name)) {
    for (const ext of ['ts', 'mts', 'js', 'mjs']) {
      const file = `${name}.${ext}`;
      if (!existsSync(new URL(file, COMMANDS_DIR))) continue;
      const command = await importCommand(file);
      if (command?.name === name) return command;
    }
  }
  return (await loadCommands()).commands.get(name);
}
