/** `help`: usage of every registered command. */
import type { Command } from '../command';
import { loadCommands } from '../registry';

export async function usageText(): Promise<string> {
  const loaded = await loadCommands();
  const commands = [...loaded.commands.values()].sort((a, b) => a.name.localeCompare(b.name));
  // some commands write their usage as "usage: vnet-designer <...>": show every one the same way
  const usageOf = (c: Command) => c.usage.replace(/^usage:\s*/i, '').replace(/^vnet-designer\s+/, '');
  const lines = [
    'vnet-designer: check and convert Azure VNet peering designs',
    '',
    'usage: npm run cli -- <command> [arguments]   (or: vnet-designer <command> ...)',
    '',
    'commands:',
    ...commands.flatMap((c) => [`  ${usageOf(c)}`, `      ${c.summary}`]),
    '',
    'Input files may be a design (.json with "version"), `az network vnet list -o json` output (optionally merged',
    'with route-table, vnet-gateway and firewall lists), REST / Resource Graph JSON, Azure PowerShell output',
    '(`Get-AzVirtualNetwork | ConvertTo-Json -Depth 10`, UTF-8 or UTF-16), or an ARM template.',
    'Exit codes: 0 ok, 1 problems found (error findings, unreachable pair), 2 unreadable input or bad arguments.',
    ...loaded.broken.map((b) => `(command file ${b.file} failed to load: ${b.reason})`),
  ];
  return `${lines.join('\n')}\n`;
}

const command: Command = {
  name: 'help',
  summary: 'show this help',
  usage: 'help',
  async run(_args, io) {
    io.stdout.write(await usageText());
    return 0;
  },
};

export default command;
