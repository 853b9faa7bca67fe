/**
 * `open <link or fragment> [-o design.json]`: decodes a share link (a full URL, `#d=2.…` or
 * `d=2.…`) into a design file, or prints it. Same decoder as the app: a damaged or hostile link is
 * refused with the app's message and exit code 2.
 */
import { decodeShare } from '../../share/share';
import { parseCommandArgs, requirePositionals } from '../args';
import type { Command } from '../command';
import { writeOutput } from '../io';

const usage = 'open <link or fragment> [-o design.json]';

const command: Command = {
  name: 'open',
  summary: 'decode a share link into a design file',
  usage,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { output: { type: 'string', short: 'o' } }, usage);
    const [link = ''] = requirePositionals(positionals, ['<link>'], usage);
    const decoded = decodeShare(link);
    if (!decoded.ok) {
      io.stderr.write(`error: cannot open the link: ${decoded.errors.join('; ')}\n`);
      return 2;
    }
    const json = `${JSON.stringify(decoded.value, null, 2)}\n`;
    if (values.output === undefined) {
      io.stdout.write(json);
      return 0;
    }
    if (!writeOutput(io, values.output, json)) return 2;
    const d = decoded.value;
    io.stderr.write(`wrote ${values.output}: "${d.name}", ${d.vnets.length} VNets, ${d.peerings.length} peering links\n`);
    return 0;
  },
};

export default command;
