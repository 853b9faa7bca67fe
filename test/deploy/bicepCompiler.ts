/**
 * Microsoft's Bicep CLI over many exports at once: every export's files go into one temporary directory
 * (a folder per export), then ONE `bicep build --pattern` compiles every entry file and ONE `bicep lint
 * --pattern` lints every file (each CLI start costs seconds; one per file would make the tests minutes).
 * Diagnostics are read from the CLI's output lines `path(line,col) : Level code: message`.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../tools';

export interface Compiled {
  /** every diagnostic (errors and warnings) of the export's files, as `file(line,col) : Level code: message` */
  diagnostics: string[];
  /** entry file name -> the ARM JSON `bicep build` made of it */
  templates: Record<string, unknown>;
}

const DIAGNOSTIC = /^(.*?)\((\d+),(\d+)\) : (Error|Warning|Info) ([\w-]+): (.*)$/;

/**
 * Builds and lints every export (`name` -> files). `entries` picks each export's entry files (main.bicep,
 * and main-2.bicep ... when an export is split into several deployments).
 */
export function compileBicep(bicep: string, exports: Record<string, Record<string, string>>, entries: (file: string) => boolean = (f) => /^main(-\d+)?\.bicep$/.test(f)): Record<string, Compiled> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bicep-check-'));
  try {
    const names = Object.keys(exports);
    names.forEach((name, i) => {
      for (const [file, text] of Object.entries(exports[name] ?? {})) {
        const p = path.join(dir, `e${i}`, file);
        mkdirSync(path.dirname(p), { recursive: true });
        writeFileSync(p, text);
      }
    });
    const build = run(bicep, ['build', '--pattern', '*/main*.bicep'], { cwd: dir });
    const lint = run(bicep, ['lint', '--pattern', '**/*.bicep'], { cwd: dir });
    const out: Record<string, Compiled> = {};
    for (const name of names) out[name] = { diagnostics: [], templates: {} };
    const seen = new Set<string>();
    for (const line of `${build.stdout}\n${build.stderr}\n${lint.stdout}\n${lint.stderr}`.split('\n')) {
      const m = DIAGNOSTIC.exec(line.trim());
      if (!m) {
        if (/error/i.test(line)) throw new Error(`bicep: unexpected output: ${line}`);
        continue;
      }
      const rel = path.relative(dir, m[1] ?? '');
      const [folder, ...rest] = rel.split(path.sep);
      const name = names[Number((folder ?? '').slice(1))];
      const text = `${rest.join('/')}(${m[2]},${m[3]}) : ${m[4]} ${m[5]}: ${m[6]}`;
      if (name === undefined || seen.has(`${name}|${text}`)) continue;
      seen.add(`${name}|${text}`);
      out[name]?.diagnostics.push(text);
    }
    names.forEach((name, i) => {
      for (const file of Object.keys(exports[name] ?? {}).filter(entries)) {
        const json = path.join(dir, `e${i}`, file.replace(/\.bicep$/, '.json'));
        try {
          (out[name] as Compiled).templates[file] = JSON.parse(readFileSync(json, 'utf8'));
        } catch {
          (out[name] as Compiled).diagnostics.push(`${file}: not compiled (no ${path.basename(json)})`);
        }
      }
    });
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A value with every ARM expression (`[...]`) replaced by `<expr>`, keys sorted: ids differ in form between the two writers. */
function normalise(v: unknown): unknown {
  if (typeof v === 'string') return v.startsWith('[') && !v.startsWith('[[') ? '<expr>' : v;
  if (Array.isArray(v)) return v.map(normalise);
  if (isObj(v)) return Object.fromEntries(Object.keys(v).sort().map((k) => [k, normalise(v[k])]));
  return v;
}

/**
 * The resources a template deploys, nested deployments flattened (the deployments themselves left out),
 * as `resource group: type name` -> key properties: `sku`, `zones`, `kind` and `properties` with expressions blanked.
 * A name `[parameters('p')]` is resolved from the literal value its deployment passes.
 */
export function declaredResources(template: unknown): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const walk = (t: unknown, params: Obj, scope: string) => {
    if (!isObj(t)) return;
    for (const r of Array.isArray(t['resources']) ? t['resources'] : []) {
      if (!isObj(r)) continue;
      const props = isObj(r['properties']) ? r['properties'] : {};
      if (r['type'] === 'Microsoft.Resources/deployments') {
        const passed: Obj = {};
        const given = isObj(props['parameters']) ? props['parameters'] : {};
        for (const [k, v] of Object.entries(given)) if (isObj(v) && typeof v['value'] === 'string') passed[k] = v['value'];
        walk(props['template'], passed, typeof r['resourceGroup'] === 'string' ? r['resourceGroup'] : scope);
        continue;
      }
      let name = String(r['name']);
      const p = /^\[parameters\('([^']+)'\)\]$/.exec(name);
      if (p && typeof params[p[1] ?? ''] === 'string') name = String(params[p[1] ?? '']);
      // resources of one name may sit in several resource groups
      const key = `${scope ? `${scope}: ` : ''}${String(r['type'])} ${name}`;
      if (out.has(key)) throw new Error(`declared twice: ${key}`);
      out.set(key, normalise({ sku: r['sku'], zones: r['zones'], kind: r['kind'], tags: r['tags'], properties: props }));
    }
  };
  walk(template, {}, '');
  return out;
}
