/** `validate <file> [--format text|json]`: findings of any importable file; exit 1 when any error. */
import { validate } from '../../engine/validate';
import { parseCommandArgs, requirePositionals } from '../args';
import { UsageError, type Command } from '../command';
import { formatFindingsText, withVnetNames } from '../findingsText';
import { useColour } from '../io';
import { loadForCommand } from '../load';

const usage = 'validate <file> [--format text|json]';

const command: Command = {
  name: 'validate',
  summary: 'check a design, az CLI / REST / Resource Graph / Azure PowerShell output or ARM template; exit 1 on any error finding',
  usage,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { format: { type: 'string', short: 'f', default: 'text' } }, usage);
    const [file = ''] = requirePositionals(positionals, ['<file>'], usage);
    const format = values.format;
    if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, got "${String(format)}"`);
    const loaded = loadForCommand(file, io);
    if (!loaded) return 2;
    const findings = withVnetNames(validate(loaded.design), loaded.design);
    if (format === 'json') io.stdout.write(`${JSON.stringify({ findings }, null, 2)}\n`);
    else io.stdout.write(formatFindingsText(findings, file, useColour(io)));
    return findings.some((f) => f.severity === 'error') ? 1 : 0;
  },
};

export default command;
