/** `validate <file|-> [--format text|json|sarif|junit]`: findings of any importable file; exit 1 when any error. */
import { validate } from '../../engine/validate';
import { parseCommandArgs, requirePositionals } from '../args';
import { UsageError, type Command } from '../command';
import { junitReport, sarifReport } from '../findingsReports';
import { formatFindingsText, withVnetNames } from '../findingsText';
import { useColour } from '../io';
import { loadForCommand } from '../load';
import { CLI_VERSION } from '../version';

const FORMATS = ['text', 'json', 'sarif', 'junit'] as const;
const usage = `validate <file|-> [--format ${FORMATS.join('|')}]`;

const command: Command = {
  name: 'validate',
  summary:
    'check a design, az CLI / REST / Resource Graph / Azure PowerShell output or ARM template; exit 1 on any error finding',
  usage,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { format: { type: 'string', short: 'f', default: 'text' } },
      usage,
    );
    const [file = ''] = requirePositionals(positionals, ['<file>'], usage);
    const format = values.format;
    if (!FORMATS.includes(format as (typeof FORMATS)[number]))
      throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${String(format)}"`);
    const loaded = loadForCommand(file, io);
    if (!loaded) return 2;
    const findings = withVnetNames(validate(loaded.design), loaded.design);
    if (format === 'json') io.stdout.write(`${JSON.stringify({ findings }, null, 2)}\n`);
    else if (format === 'sarif') {
      const uri = file === '-' ? 'stdin' : file.replace(/\\/g, '/');
      io.stdout.write(sarifReport(findings, { uri, text: loaded.text }, CLI_VERSION));
    } else if (format === 'junit') io.stdout.write(junitReport(findings, file === '-' ? 'stdin' : file));
    else io.stdout.write(formatFindingsText(findings, file, useColour(io)));
    return findings.some((f) => f.severity === 'error') ? 1 : 0;
  },
};

export default command;
