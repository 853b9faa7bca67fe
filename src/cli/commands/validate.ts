/**
 * `validate <file|-> [--format text|json|sarif|junit] [--intents design.json]`: findings of any importable
 * file; exit 1 when any error. With --intents, the design's intents are checked against the input (an
 * imported estate): what must reach, what must stay isolated.
 */
import { validate } from '../../engine/validate';
import { parseCommandArgs, requirePositionals } from '../args';
import { UsageError, type Command } from '../command';
import { junitReport, sarifReport } from '../findingsReports';
import { formatFindingsText, withVnetNames } from '../findingsText';
import { useColour } from '../io';
import { applyIntents } from '../intents';
import { loadForCommand } from '../load';
import { CLI_VERSION } from '../version';

const FORMATS = ['text', 'json', 'sarif', 'junit'] as const;
const usage = `validate <file|-> [--format ${FORMATS.join('|')}] [--intents <design.json>]`;

const command: Command = {
  name: 'validate',
  summary:
    'check a design, az CLI / REST / Resource Graph / Azure PowerShell output or ARM template; exit 1 on any error finding',
  usage,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { format: { type: 'string', short: 'f', default: 'text' }, intents: { type: 'string' } },
      usage,
    );
    const [file = ''] = requirePositionals(positionals, ['<file>'], usage);
    const format = values.format;
    if (!FORMATS.includes(format as (typeof FORMATS)[number]))
      throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${String(format)}"`);
    const loaded = loadForCommand(file, io);
    if (!loaded) return 2;
    let design = loaded.design;
    let unmatched: string[] = [];
    if (values.intents !== undefined) {
      const source = loadForCommand(values.intents, io);
      if (!source) return 2;
      ({ design, unmatched } = applyIntents(loaded.design, source.design));
      io.stderr.write(`Checking ${design.intents.length} intent(s) of ${values.intents}\n`);
      for (const u of unmatched) io.stderr.write(`error: ${u}\n`);
    }
    const findings = withVnetNames(validate(design), design);
    if (format === 'json') io.stdout.write(`${JSON.stringify({ findings }, null, 2)}\n`);
    else if (format === 'sarif') {
      const uri = file === '-' ? 'stdin' : file.replace(/\\/g, '/');
      io.stdout.write(sarifReport(findings, { uri, text: loaded.text }, CLI_VERSION));
    } else if (format === 'junit') io.stdout.write(junitReport(findings, file === '-' ? 'stdin' : file));
    else io.stdout.write(formatFindingsText(findings, file, useColour(io)));
    return unmatched.length > 0 || findings.some((f) => f.severity === 'error') ? 1 : 0;
  },
};

export default command;
