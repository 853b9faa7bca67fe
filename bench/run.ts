/**
 * `npm run bench`: runs every module in bench/cases/ (each default-exports an async function returning
 * BenchLine[]) and prints one JSON line per case. `npm run bench -- validate` runs only the case files
 * whose name contains "validate".
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import type { BenchLine } from './util';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases');
const filter = process.argv[2];
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .filter((f) => !filter || f.includes(filter))
  .sort();

let failed = false;
for (const file of files) {
  try {
    const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { default: () => Promise<BenchLine[]> };
    for (const line of await mod.default()) console.log(JSON.stringify(line));
  } catch (e) {
    failed = true;
    console.error(`bench ${file} failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}
process.exitCode = failed ? 1 : 0;
