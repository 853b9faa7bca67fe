/**
 * Golden scenarios: test/scenarios/<name>/design.json and expected/<format files>. `UPDATE_GOLDEN=1`
 * rewrites the expected files (a reviewed change: every diff must be explainable).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDesignText } from '../../src/model/parse';
import type { Design } from '../../src/model/schema';
import { EXPORT_FORMATS } from '../../src/export/registry';

export const SCENARIOS_DIR = path.dirname(fileURLToPath(import.meta.url));

export function scenarioNames(): string[] {
  return readdirSync(SCENARIOS_DIR)
    .filter((d) => statSync(path.join(SCENARIOS_DIR, d)).isDirectory() && existsSync(path.join(SCENARIOS_DIR, d, 'design.json')))
    .sort();
}

export function loadScenario(name: string): Design {
  const parsed = parseDesignText(readFileSync(path.join(SCENARIOS_DIR, name, 'design.json'), 'utf8'));
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.errors)}`);
  return parsed.value;
}

/** Every file each format produces for a design, keyed `<format>/<file>` (one file per single-file format). */
export function exportAll(design: Design): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of EXPORT_FORMATS) {
    if (f.runFiles) for (const [file, text] of Object.entries(f.runFiles(design).files)) out[`${f.id}/${file}`] = text;
    else out[`${f.id}/${f.fileName}`] = f.run(design);
  }
  return out;
}

function listFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const full = path.join(dir, f);
    return statSync(full).isDirectory() ? listFiles(full, `${prefix}${f}/`) : [`${prefix}${f}`];
  });
}

export function readExpected(name: string): Record<string, string> {
  const dir = path.join(SCENARIOS_DIR, name, 'expected');
  return Object.fromEntries(listFiles(dir).sort().map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
}

export function writeExpected(name: string, files: Record<string, string>): void {
  const dir = path.join(SCENARIOS_DIR, name, 'expected');
  rmSync(dir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
}
