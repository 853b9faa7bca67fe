/**
 * `export <file> --format bicep|arm|powershell|cli|terraform [-o path] [--allow-errors]`: deployable
 * code for any importable file. Refuses (exit 1) when the design has error findings unless
 * --allow-errors (the export then lists them in its header). A multi-file export (Bicep modules,
 * Terraform) goes to a directory, or to a zip when -o ends in .zip; without -o every format prints its
 * single-text view to stdout.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { validate } from '../../engine/validate';
import { EXPORT_FORMATS, findExportFormat } from '../../export/registry';
import { parseCommandArgs, requirePositionals } from '../args';
import { UsageError, type Command } from '../command';
import { errorMessage } from '../io';
import { loadForCommand } from '../load';

const ids = EXPORT_FORMATS.map((f) => f.id).join('|');
const usage = `export <file> --format ${ids} [-o <path>|<dir>|<file.zip>] [--allow-errors]`;
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
      { format: { type: 'string', short: 'f' }, output: { type: 'string', short: 'o' }, 'allow-errors': { type: 'boolean', default: false } },
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
      for (const e of errors) io.stderr.write(`  ${e.code}: ${e.message}\n`);
      return 1;
    }
    const out = values.output;
    try {
      if (out === undefined) {
        io.stdout.write(format.run(loaded.design));
      } else if (format.runFiles) {
        const files = format.runFiles(loaded.design).files;
        if (!Object.keys(files).every(safeRelative)) throw new Error('unsafe file name in export');
        if (out.toLowerCase().endsWith('.zip')) {
          const zip: Zippable = {};
          for (const [name, text] of Object.entries(files)) zip[name] = [strToU8(text), { mtime: ZIP_TIME }];
          writeFileSync(out, zipSync(zip, { level: 6 }));
          io.stderr.write(`wrote ${Object.keys(files).length} files to ${out}\n`);
        } else {
          for (const [name, text] of Object.entries(files)) {
            const target = path.join(out, name);
            mkdirSync(path.dirname(target), { recursive: true });
            io.writeFile(target, text);
          }
          io.stderr.write(`wrote ${Object.keys(files).length} files to ${out}${path.sep}\n`);
        }
      } else {
        io.writeFile(out, format.run(loaded.design));
        io.stderr.write(`wrote ${out}\n`);
      }
    } catch (e) {
      io.stderr.write(`error: cannot write ${out ?? 'output'}: ${errorMessage(e)}\n`);
      return 2;
    }
    return 0;
  },
};

export default command;
