/** Reading an input file for a command: size check before reading, then `importAny` (the one load path). */
import { MAX_DESIGN_TEXT_LENGTH } from '../model/parse';
import type { Design } from '../model/schema';
import { describeFormat, importAny, type ImportOptions, type ImportReport } from '../import';
import { reportLines } from '../import/report';
import { errorMessage, notAFileReason, type CliIo } from './io';

/** `text`: the input as read (SARIF points each alert at a line of it) */
export type LoadedInput = { ok: true; design: Design; report: ImportReport; text: string };
export type Loaded = LoadedInput | { ok: false; message: string };

/** Reads an input: `-` is standard input; anything but a regular file is refused with what it is. */
export function readInputText(path: string, io: CliIo): { ok: true; text: string } | { ok: false; message: string } {
  if (path === '-') {
    let text: string;
    try {
      text = io.readStdin();
    } catch (e) {
      return { ok: false, message: `cannot read standard input: ${errorMessage(e)}` };
    }
    if (text.length > MAX_DESIGN_TEXT_LENGTH) return { ok: false, message: `standard input holds over ${MAX_DESIGN_TEXT_LENGTH / 1048576} MB; the limit is ${MAX_DESIGN_TEXT_LENGTH / 1048576} MB` };
    return { ok: true, text };
  }
  const size = io.fileSize(path);
  if (size === undefined) return { ok: false, message: `cannot read ${path}: ${notAFileReason(io.pathKind(path))}` };
  // refused before reading: a huge file is never loaded into memory
  if (size > MAX_DESIGN_TEXT_LENGTH) {
    return { ok: false, message: `cannot read ${path}: the file is ${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_DESIGN_TEXT_LENGTH / 1048576} MB` };
  }
  try {
    return { ok: true, text: io.readFile(path) };
  } catch (e) {
    return { ok: false, message: `cannot read ${path}: ${errorMessage(e)}` };
  }
}

export function loadInput(path: string, io: CliIo, options: ImportOptions = {}): Loaded {
  const read = readInputText(path, io);
  if (!read.ok) return read;
  const text = read.text;
  const result = importAny(text, options);
  if (!result.ok) return { ok: false, message: `cannot load ${path}: ${result.error}` };
  return { ok: true, design: result.design, report: result.report, text };
}

/** The import report as text lines (for stderr). */
export function formatReport(report: ImportReport): string {
  return `${[`Read as: ${describeFormat(report.format)}`].concat(reportLines(report)).join('\n')}\n`;
}

/**
 * `loadInput` as every command uses it: a failure is written to stderr (`error: …`) and gives undefined,
 * for the command's exit code 2; the import report goes to stderr too, always or only when the input
 * was not already a design file.
 */
export function loadForCommand(
  path: string,
  io: CliIo,
  report: 'always' | 'unless-design' = 'unless-design',
  options: ImportOptions = {},
): LoadedInput | undefined {
  const loaded = loadInput(path, io, options);
  if (!loaded.ok) {
    io.stderr.write(`error: ${loaded.message}\n`);
    return undefined;
  }
  if (report === 'always' || loaded.report.format !== 'design') io.stderr.write(formatReport(loaded.report));
  return loaded;
}
