/**
 * Finds the commands: every `*.ts` file in ./commands/ (tests excluded) whose default export is a
 * Command. Listing the folder (instead of an import list) lets each command live in its own file and
 * be added without touching this one or main.ts.
 */
import { readdirSync } from 'node:fs';
import { isCommand, type Command } from './command';

const COMMANDS_DIR = new URL('./commands/', import.meta.url);

export async function loadCommands(): Promise<Map<string, Command>> {
  const files = readdirSync(COMMANDS_DIR)
    .filter((f) => /\.(ts|mts|js|mjs)$/.test(f) && !/\.test\.|\.d\.ts$/.test(f))
    .sort();
  const commands = new Map<string, Command>();
  for (const file of files) {
    const mod: unknown = await import(new URL(file, COMMANDS_DIR).href);
    const command = mod !== null && typeof mod === 'object' ? (mod as { default?: unknown }).default : undefined;
    if (isCommand(command)) commands.set(command.name, command);
  }
  return commands;
}
