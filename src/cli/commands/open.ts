/**
 * `open <link|file|-> [-o design.json] [--force]`: decodes a share link (a full URL, `#d=2.…` or `d=2.…`; every released format opens)
 * into a design file, or prints it. The link may be given in a file or on standard input (`-`): a link of a
 * big design is longer than a shell accepts as one argument (128 KiB). Same decoder as the app: a damaged or
 * hostile link is refused with the app's message and exit code 2.
 */
import { decodeShare } from '../../share/share';
import { parseCommandArgs, requirePositionals } from '../args';
import type { Command } from '../command';
import { readInputText } from '../load';
import { writeOutput } from '../output';

const usage = 'open <link|file|-> [-o design.json] [--force]';

/** The argument is a link unless it is `-` or names an existing file. */
function linkText(arg: string, io: Parameters<Command['run']>[1]): { ok: true; text: string } | { ok: false; message: string } {
  if (arg === '-' || (!/[#=]/.test(arg) && io.pathKind(arg) !== 'missing')) return readInputText(arg, io);
  return { ok: true, text: arg };
}

const command: Command = {
  name: 'open',
  summary: 'decode a share link (given as an argument, in a file, or on standard input) into a design file',
  usage,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { output: { type: 'string', short: 'o' }, force: { type: 'boolean', default: false } }, usage);
    const [arg = ''] = requirePositionals(positionals, ['<link>'], usage);
    const link = linkText(arg, io);
    if (!link.ok) {
      io.stderr.write(`error: ${link.message}\n`);
      return 2;
    }
    const decoded = decodeShare(link.text.trim());
    if (!decoded.ok) {
      io.stderr.write(`error: cannot open the link: ${decoded.errors.join('; ')}\n`);
      return 2;
    }
    const json = `${JSON.stringify(decoded.value, null, 2)}\n`;
    if (values.output === undefined || values.output === '-') {
      io.stdout.write(json);
      return 0;
    }
    if (!writeOutput(io, values.output, json, { force: values.force === true, inputs: arg === '-' ? [] : [arg] })) return 2;
    const d = decoded.value;
    io.stderr.write(`wrote ${values.output}: "${d.name}", ${d.vnets.length} VNets, ${d.peerings.length} peering links\n`);
    return 0;
  },
};

export default command;
