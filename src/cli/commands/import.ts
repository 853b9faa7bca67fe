/**
 * `import <file|-|main.bicep> [--parameters <file>] -o <design.json|-> [--force]`: converts az CLI / REST /
 * PowerShell / ARM / Terraform input into a design; the report goes to stderr. `--parameters` gives an ARM
 * template's parameter values (an ARM parameters file), as `az deployment group create --parameters @file`
 * does; a .bicep file is compiled by the Bicep CLI first, with its .bicepparam.
 */
import { parseCommandArgs, requirePositionals } from '../args';
import { UsageError, type Command } from '../command';
import { formatReport, loadForCommand, readInputText, type LoadedInput } from '../load';
import { writeOutput } from '../output';
import { importAny, type ImportOptions } from '../../import';
import { compileBicep, compileBicepParams, isBicepFile, isBicepParamFile } from './importBicep';

const usage = 'import <file|-|main.bicep> [--parameters <parameters.json|main.bicepparam>] -o <design.json|-> [--force]';

/** `main.bicep [--parameters main.bicepparam]`: compiled by the Bicep CLI, then imported as ARM. */
function loadBicep(file: string, paramsFile: string | undefined, io: Parameters<Command['run']>[1]): LoadedInput | undefined {
  const template = compileBicep(file, io.env);
  if (!template.ok) {
    io.stderr.write(`error: cannot compile ${file}: ${template.message}\n`);
    return undefined;
  }
  const options: ImportOptions = {};
  if (paramsFile !== undefined) {
    const params = compileBicepParams(paramsFile, io.env);
    if (!params.ok) {
      io.stderr.write(`error: cannot compile ${paramsFile}: ${params.message}\n`);
      return undefined;
    }
    options.parameters = params.parameters;
    options.parametersSource = paramsFile;
  }
  const result = importAny(template.text, options);
  if (!result.ok) {
    io.stderr.write(`error: cannot load ${file}: ${result.error}\n`);
    return undefined;
  }
  io.stderr.write(formatReport(result.report));
  return { ok: true, design: result.design, report: result.report, text: template.text };
}

const command: Command = {
  name: 'import',
  summary: 'convert az CLI / REST / Resource Graph / Azure PowerShell output, terraform show -json, or an ARM template or Bicep file (with its parameters) into a design file',
  usage,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { output: { type: 'string', short: 'o' }, parameters: { type: 'string', short: 'p' }, force: { type: 'boolean', default: false } },
      usage,
    );
    const [file = ''] = requirePositionals(positionals, ['<file>'], usage);
    const output = values.output;
    if (typeof output !== 'string' || output === '') throw new UsageError(`missing -o <design.json>
usage: vnet-designer ${usage}`);
    const rules = { force: values.force === true, inputs: [file, ...(typeof values.parameters === 'string' ? [values.parameters] : [])] };
    if (isBicepFile(file)) {
      const paramsFile = typeof values.parameters === 'string' ? values.parameters : undefined;
      if (paramsFile !== undefined && !isBicepParamFile(paramsFile)) throw new UsageError(`a .bicep file takes a .bicepparam file as --parameters
usage: vnet-designer ${usage}`);
      const loaded = loadBicep(file, paramsFile, io);
      return loaded ? write(loaded, output, io, rules) : 2;
    }
    let parameters: string | undefined;
    if (typeof values.parameters === 'string') {
      const read = readInputText(values.parameters, io);
      if (!read.ok) {
        io.stderr.write(`error: ${read.message}
`);
        return 2;
      }
      parameters = read.text;
    }
    const loaded = loadForCommand(file, io, 'always', parameters === undefined ? {} : { parameters, parametersSource: values.parameters });
    return loaded ? write(loaded, output, io, rules) : 2;
  },
};

function write(loaded: LoadedInput, output: string, io: Parameters<Command['run']>[1], rules: { force: boolean; inputs: string[] }): number {
  if (!writeOutput(io, output, `${JSON.stringify(loaded.design, null, 2)}\n`, rules)) return 2;
  if (output === '-') return 0;
  const d = loaded.design;
  io.stderr.write(`Wrote ${output}: ${d.vnets.length} VNets, ${d.peerings.length} peering links, ${d.routeTables.length} route tables.\n`);
  return 0;
}

export default command;
