/** `import <file> -o design.json`: converts az CLI / REST / PowerShell / ARM input into a design; the report goes to stderr. */
import { parseCommandArgs, requirePositionals } from '../args';
import { UsageError, type Command } from '../command';
import { loadForCommand } from '../load';
import { writeOutput } from '../output';

const usage = 'import <file|-> -o <design.json|-> [--force]';

const command: Command = {
  name: 'import',
  summary: 'convert az CLI / REST / Resource Graph / Azure PowerShell output or an ARM template into a design file',
  usage,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { output: { type: 'string', short: 'o' }, force: { type: 'boolean', default: false } }, usage);
    const [file = ''] = requirePositionals(positionals, ['<file>'], usage);
    const output = values.output;
    if (typeof output !== 'string' || output === '') throw new UsageError(`missing -o <design.json>\nusage: vnet-designer ${usage}`);
    const loaded = loadForCommand(file, io, 'always');
    if (!loaded) return 2;
    if (!writeOutput(io, output, `${JSON.stringify(loaded.design, null, 2)}\n`, { force: values.force === true, inputs: [file] })) return 2;
    if (output === '-') return 0;
    const d = loaded.design;
    io.stderr.write(`Wrote ${output}: ${d.vnets.length} VNets, ${d.peerings.length} peering links, ${d.routeTables.length} route tables.\n`);
    return 0;
  },
};

export default command;
