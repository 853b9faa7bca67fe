/**
 * `import <file> [--parameters <file>] -o design.json`: converts az CLI / REST / PowerShell / ARM input
 * into a design; the report goes to stderr. `--parameters` gives an ARM template's parameter values
 * (an ARM parameters file), as `az deployment group create --parameters @file` does.
 */
import { parseCommandArgs, requirePositionals } from '../args';
import { UsageError, type Command } from '../command';
import { errorMessage, writeOutput } from '../io';
import { MAX_DESIGN_TEXT_LENGTH } from '../../model/parse';
import { formatReport, loadForCommand, type LoadedInput } from '../load';
import { importAny, type ImportOptions } from '../../import';
import { compileBicep, compileBicepParams, isBicepFile, isBicepParamFile } from './importBicep';

const usage = 'import <file|main.bicep> [--parameters <parameters.json|main.bicepparam>] -o <design.json>';

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
  return { ok: true, design: result.design, report: result.report };
}

const command: Command = {
  name: 'import',
  summary: 'convert az CLI / REST / Resource Graph / Azure PowerShell output or an ARM template (with its parameters file) into a design file',
  usage,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { output: { type: 'string', short: 'o' }, parameters: { type: 'string', short: 'p' } }, usage);
    const [file = ''] = requirePositionals(positionals, ['<file>'], usage);
    const output = values.output;
    if (typeof output !== 'string' || output === '') throw new UsageError(`missing -o <design.json>\nusage: vnet-designer ${usage}`);
    if (isBicepFile(file)) {
      const paramsFile = typeof values.parameters === 'string' ? values.parameters : undefined;
      if (paramsFile !== undefined && !isBicepParamFile(paramsFile)) throw new UsageError(`a .bicep file takes a .bicepparam file as --parameters\nusage: vnet-designer ${usage}`);
      const loaded = loadBicep(file, paramsFile, io);
      return loaded ? write(loaded, output, io) : 2;
    }
    let parameters: string | undefined;
    if (typeof values.parameters === 'string') {
      const path = values.parameters;
      const size = io.fileSize(path);
      if (size === undefined) {
        io.stderr.write(`error: cannot read ${path}: no such file\n`);
        return 2;
      }
      if (size > MAX_DESIGN_TEXT_LENGTH) {
        io.stderr.write(`error: cannot read ${path}: the file is ${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_DESIGN_TEXT_LENGTH / 1048576} MB\n`);
        return 2;
      }
      try {
        parameters = io.readFile(path);
      } catch (e) {
        io.stderr.write(`error: cannot read ${path}: ${errorMessage(e)}\n`);
        return 2;
      }
    }
    const loaded = loadForCommand(file, io, 'always', parameters === undefined ? {} : { parameters, parametersSource: values.parameters });
    return loaded ? write(loaded, output, io) : 2;
  },
};

function write(loaded: LoadedInput, output: string, io: Parameters<Command['run']>[1]): number {
  if (!writeOutput(io, output, `${JSON.stringify(loaded.design, null, 2)}\n`)) return 2;
  const d = loaded.design;
  io.stderr.write(`Wrote ${output}: ${d.vnets.length} VNets, ${d.peerings.length} peering links, ${d.routeTables.length} route tables.\n`);
  return 0;
}

export default command;
