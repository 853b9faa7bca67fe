/**
 * The commands, one file each in ./commands/, listed here as lazy imports: running one command loads only
 * that command's code (and its part of the core), and one broken command never breaks the others.
 *
 * A static list rather than a listing of the folder at run time: the CLI ships as bundled JavaScript
 * (scripts/build-cli.mjs), and a bundler can only follow imports it can see. Adding a command is one file
 * plus one line here.
 */
import { isCommand, type Command } from './command';
import { errorMessage } from './io';

const COMMANDS: Readonly<Record<string, () => Promise<{ default?: unknown }>>> = {
  export: () => import('./commands/export'),
  help: () => import('./commands/help'),
  import: () => import('./commands/import'),
  open: () => import('./commands/open'),
  reach: () => import('./commands/reach'),
  share: () => import('./commands/share'),
  validate: () => import('./commands/validate'),
};

async function load(name: string): Promise<Command | undefined> {
  const loader = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!loader) return undefined;
  const command = (await loader()).default;
  return isCommand(command) && command.name === name ? command : undefined;
}

/** Every command that loads; commands that fail to load are returned with the reason (for `help`). */
export async function loadCommands(): Promise<{ commands: Map<string, Command>; broken: { file: string; reason: string }[] }> {
  const commands = new Map<string, Command>();
  const broken: { file: string; reason: string }[] = [];
  for (const name of Object.keys(COMMANDS).sort()) {
    try {
      const command = await load(name);
      if (command) commands.set(command.name, command);
    } catch (e) {
      broken.push({ file: `commands/${name}`, reason: errorMessage(e) });
    }
  }
  return { commands, broken };
}

/** The command called `name`, or undefined. */
export function findCommand(name: string): Promise<Command | undefined> {
  return load(name);
}
