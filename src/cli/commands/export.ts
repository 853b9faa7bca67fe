/**
 * `export <file|-> --format bicep|arm|powershell|cli|terraform [-o path] [--force] [--allow-errors]`:
 * deployable code for any importable file. Refuses (exit 1) when the design has error findings unless
 * --allow-errors (the export then lists them in its header). A multi-file export (Bicep modules,
 * Terraform) goes to a directory, or to a zip when -o ends in .zip; a single-file format goes to -o FILE,
 * or into a directory under its usual name (`-o out/` writes out/azuredeploy.json); without -o (or with
 * `-o -`) every format prints its single-text view to stdout. Nothing is overwritten that this tool did not
 * write, unless --force (see ../output.ts).
 */
import path from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { validate } from '../../engine/validate';
import { EXPORT_FORMATS, findExportFormat } from '../../export/registry';
import { parseCommandArgs, requirePositionals } from '../args';
import { UsageError, type Command } from '../command';
import { loadForCommand } from '../load';
import { isDirectoryTarget, writeDirectory, writeOutput } from '../output';

const ids = EXPORT_FORMATS.map((f) => f.id).join('|');
const usage = `export <file|-> --format ${ids} [-o <file>|<dir>/|<file.zip>|-] [--force] [--allow-errors]`;
/** Fixed timestamp in zip entries, so the same design gives the same bytes. */
const ZIP_TIME = new Date('2000-01-01T00:00:00Z');

/** Relative paths made by the exporters only; refuse anything that could leave the target directory. */
function safeRelative(file: string): boolean {
  return !path.isAbsolute(file) && !file.split(/[\\/]/).some((p) => p === '..' || p === '');
}

const command: Command = {
  name: 'export',
  summary: 'write Bicep, ARM JSON, Azure PowerShell, Azure CLI or Terraform for a design (refuses on error findings unless --allow-errors)',
  usage,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { format: { type: 'string', short: 'f' }, output: { type: 'string', short: 'o' }, force: { type: 'boolean', default: false }, 'allow-errors': { type: 'boolean', default: false } },
      usage,
    );
    const [file = ''] = requirePositionals(positionals, ['<file>'], usage);
    const format = findExportFormat(String(values.format ?? ''));
    if (!format) throw new UsageError(`--format must be one of ${ids}${values.format === undefined ? '' : `, got "${String(values.format)}"`}\nusage: vnet-designer ${usage}`);
    const loaded = loadForCommand(file, io);
    if (!loaded) return 2;
    const errors = validate(loaded.design).filter((f) => f.severity === 'error');
    if (errors.length > 0 && values['allow-errors'] !== true) {
      io.stderr.write(`error: ${file} has ${errors.length} error finding(s); fix them or pass --allow-errors:\n`);
      for (const e of errors.slice(0, 50)) io.stderr.write(`  ${e.code}: ${e.message}\n`);
      if (errors.length > 50) io.stderr.write(`  ... and ${errors.length - 50} more (vnet-designer validate ${file} lists them all)\n`);
      return 1;
    }
    const out = values.output;
    const rules = { force: values.force === true, inputs: [file] };
    if (out === undefined || out === '-') {
      io.stdout.write(format.run(loaded.design));
      return 0;
    }
    const files = format.runFiles ? format.runFiles(loaded.design).files : { [format.fileName]: format.run(loaded.design) };
    if (!Object.keys(files).every(safeRelative)) throw new Error('unsafe file name in export');
    const names = Object.keys(files);
    if (format.runFiles && out.toLowerCase().endsWith('.zip')) {
      const zip: Zippable = {};
      for (const [name, text] of Object.entries(files)) zip[name] = [strToU8(text), { mtime: ZIP_TIME }];
      if (!writeOutput(io, out, zipSync(zip, { level: 6 }), rules)) return 2;
      io.stderr.write(`wrote ${names.length} files to ${out}\n`);
      return 0;
    }
    if (format.multiFile || isDirectoryTarget(io, out)) {
      if (!writeDirectory(io, out, files, rules)) return 2;
      io.stderr.write(names.length === 1 ? `wrote ${path.join(out, names[0] ?? format.fileName)}\n` : `wrote ${names.length} files to ${out.replace(/[\\/]$/, '')}${path.sep}\n`);
      return 0;
    }
    if (names.length > 1) {
      // an ARM export past Azure's template limits: several root templates, deployed in order
      io.stderr.write(`error: this design's ${format.label} export is ${names.length} files (${names.join(', ')}): give a directory (-o out/) or a .zip\n`);
      return 2;
    }
    if (!writeOutput(io, out, files[names[0] ?? ''] ?? '', rules)) return 2;
    io.stderr.write(`wrote ${out}\n`);
    return 0;
  },
};

export default command;
