#!/usr/bin/env node
// The published package as a user gets it: `npm pack`, install the tarball into an empty folder without
// dev dependencies, then run every command of `npx vnet-designer` from there and import the library.
// Part of `npm test` (CI runs it on a clean machine). Exits non-zero, naming the step, on any failure.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(path.join(tmpdir(), 'vnet-designer-pack-'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let failed = false;

function step(name, fn) {
  try {
    fn();
    console.log(`pack-test: ok   ${name}`);
  } catch (e) {
    failed = true;
    console.error(`pack-test: FAIL ${name}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Runs the installed command; checks its exit code (and optionally its output). */
function cli(args, { status = 0, input, check } = {}) {
  const r = spawnSync(path.join(work, 'app/node_modules/.bin/vnet-designer'), args, { cwd: work, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });
  if (r.status !== status) throw new Error(`vnet-designer ${args.join(' ')} exited ${r.status} (expected ${status}): ${r.stderr.trim().split('\n').slice(0, 3).join(' | ')}`);
  if (check && !check(r)) throw new Error(`vnet-designer ${args.join(' ')}: unexpected output: ${(r.stdout + r.stderr).slice(0, 300)}`);
  return r;
}

try {
  let tarball = '';
  step('npm pack (runs prepack: the CLI and library build)', () => {
    const out = execFileSync(npm, ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    const info = JSON.parse(out.slice(out.indexOf('[')));
    tarball = path.join(work, info[0].filename);
    const files = info[0].files.map((f) => f.path);
    if (!files.includes('build/cli/main.js') || !files.includes('build/lib/index.js') || !files.includes('build/lib/types/lib.d.ts')) throw new Error(`the tarball lacks the build: ${files.slice(0, 20).join(', ')}`);
    if (files.some((f) => f.startsWith('src/') || f.startsWith('test/') || f.startsWith('node_modules/'))) throw new Error('the tarball holds sources or tests');
  });
  step('install the tarball into an empty folder, without dev dependencies', () => {
    const app = path.join(work, 'app');
    execFileSync('mkdir', ['-p', app]);
    writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'pack-test-app', version: '1.0.0', private: true, type: 'module' }));
    execFileSync(npm, ['install', '--omit=dev', '--no-audit', '--no-fund', '--ignore-scripts', tarball], { cwd: app, stdio: ['ignore', 'ignore', 'inherit'] });
    const installed = JSON.parse(readFileSync(path.join(app, 'node_modules/vnet-peering-designer/package.json'), 'utf8'));
    if (installed.dependencies?.tsx) throw new Error('tsx is still a runtime dependency');
  });
  const design = path.join(root, 'test/scenarios/hub-firewall-spoke-routes/design.json');
  const estate = path.join(root, 'test/fixtures/import/az-cli-hub-spoke.json');
  step('help', () => cli(['help'], { check: (r) => r.stdout.includes('validate <file') }));
  step('validate', () => cli(['validate', design]));
  step('validate --format json of an az CLI estate (exit 1: it has errors)', () => cli(['validate', estate, '--format', 'json'], { status: 1, check: (r) => Array.isArray(JSON.parse(r.stdout).findings) }));
  step('import', () => cli(['import', estate, '-o', path.join(work, 'imported.json')]));
  step('export bicep to a directory', () => cli(['export', design, '--format', 'bicep', '-o', path.join(work, 'bicep')], { check: () => readFileSync(path.join(work, 'bicep/main.bicep'), 'utf8').includes('targetScope') }));
  step('export terraform to stdout', () => cli(['export', design, '--format', 'terraform'], { check: (r) => r.stdout.includes('azurerm_virtual_network') }));
  const names = JSON.parse(readFileSync(design, 'utf8')).vnets.map((v) => v.name);
  step('reach', () => cli(['reach', design, names[0], names[1]]));
  let fragment = '';
  step('share', () => {
    fragment = cli(['share', design]).stdout.trim();
    if (!/d=\d+\./.test(fragment)) throw new Error(`no fragment: ${fragment.slice(0, 80)}`);
  });
  step('open', () => cli(['open', fragment, '-o', path.join(work, 'opened.json')]));
  step('the library: import { validate, toBicep } from the package', () => {
    const script = `import { parseDesignText, validate, toArmTemplate } from 'vnet-peering-designer';
const r = parseDesignText(${JSON.stringify(readFileSync(design, 'utf8'))});
if (!r.ok) throw new Error('parse');
console.log(validate(r.value).length >= 0 && JSON.parse(toArmTemplate(r.value)).resources.length > 0 ? 'ok' : 'bad');`;
    writeFileSync(path.join(work, 'app/lib-check.mjs'), script);
    const out = execFileSync(process.execPath, ['lib-check.mjs'], { cwd: path.join(work, 'app'), encoding: 'utf8' });
    if (out.trim() !== 'ok') throw new Error(out);
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failed) process.exit(1);
console.log('pack-test: the packed package installs and every command runs');
