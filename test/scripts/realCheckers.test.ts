/**
 * The script exports through the real tools (issue 11): every PowerShell export parses with PowerShell's
 * own parser (`[System.Management.Automation.Language.Parser]::ParseFile`, one pwsh process for all
 * files: pwsh starts slowly) besides the tree-sitter and cmdlet checks, and every bash export passes
 * `bash -n` and `shellcheck` with no finding at all (one shellcheck run over all files). Designs: the golden
 * scenarios and the sample, the hub-and-spoke template with every option combination, the mesh and
 * multi-region templates, and bounded random designs (fast-check samples and seeded routing designs).
 * A missing tool skips its test, saying so once (test/tools.ts).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { toPowerShell } from '../../src/export/powershell';
import { toAzureCli } from '../../src/export/azureCli';
import { sampleDesign } from '../../src/model/sample';
import type { Design } from '../../src/model/schema';
import { hubAndSpoke, mesh, multiRegionHubAndSpoke, DEFAULT_HUB_SPOKE, DEFAULT_MESH, DEFAULT_MULTI_REGION, type GatewayChoice } from '../../src/plan/templates';
import { loadScenario, scenarioNames } from '../scenarios/scenarioFiles';
import { designArb } from '../arbitraries';
import { randomRoutingDesign } from '../generators';
import { run, tool } from '../tools';
import { checkPowerShell } from '../schema-checks/powershellCheck';
import { hasSharedSchemas } from '../schema-checks/shared';

function templateDesigns(): { name: string; design: Design }[] {
  const out: { name: string; design: Design }[] = [];
  const add = (name: string, r: { ok: true; value: Design } | { ok: false; errors: string[] }) => {
    if (!r.ok) throw new Error(`${name}: ${r.errors.join('; ')}`);
    out.push({ name, design: r.value });
  };
  for (const gateway of ['none', 'Vpn', 'ExpressRoute'] as GatewayChoice[])
    for (const firewall of [false, true])
      for (const bastion of [false, true])
        for (const routeServer of [false, true])
          for (const spokeRouting of ['default-route', 'spoke-ranges'] as const)
            for (const spokeSubscriptions of ['hub', 'own'] as const) {
              if (!firewall && spokeRouting === 'spoke-ranges') continue; // only used with a firewall
              const services = { gateway, firewall, bastion, routeServer, spokeRouting };
              add(`hub-spoke ${JSON.stringify(services)} ${spokeSubscriptions}`, hubAndSpoke({ ...DEFAULT_HUB_SPOKE, spokes: 3, services, spokeSubscriptions }));
            }
  for (const subscriptions of ['shared', 'own'] as const) add(`mesh ${subscriptions}`, mesh({ ...DEFAULT_MESH, subscriptions, regions: ['westeurope', 'northeurope'] }));
  for (const gateway of ['none', 'Vpn', 'ExpressRoute'] as GatewayChoice[])
    add(`multi-region ${gateway}`, multiRegionHubAndSpoke({ ...DEFAULT_MULTI_REGION, spokesPerHub: 2, services: { ...DEFAULT_MULTI_REGION.services, gateway, routeServer: gateway === 'Vpn' } }));
  return out;
}

/** Bounded: 75 fast-check designs (fixed seed) and 25 seeded routing designs. */
function randomDesigns(): { name: string; design: Design }[] {
  const sampled = fc.sample(designArb, { numRuns: 75, seed: 20261204 }).map((design, i) => ({ name: `random ${i}`, design }));
  const routing = Array.from({ length: 25 }, (_, i) => ({ name: `routing ${i + 1}`, design: randomRoutingDesign(i + 1) }));
  return [...sampled, ...routing];
}

const designs = [
  ...scenarioNames().map((n) => ({ name: `scenario ${n}`, design: loadScenario(n) })),
  { name: 'sample', design: sampleDesign() },
  ...templateDesigns(),
  ...randomDesigns(),
];

/** Runs PWSH_PARSE (from a script file: -Command does not pass arguments) over the .ps1 files in `dir`. */
function parseAll(pwsh: string, dir: string): { status: number; stdout: string; stderr: string } {
  const scriptDir = mkdtempSync(path.join(tmpdir(), 'vnet-parse-'));
  try {
    writeFileSync(path.join(scriptDir, 'parse.ps1'), PWSH_PARSE);
    return run(pwsh, ['-NoLogo', '-NoProfile', '-NonInteractive', '-File', path.join(scriptDir, 'parse.ps1'), dir], { timeoutMs: 240_000 });
  } finally {
    rmSync(scriptDir, { recursive: true, force: true });
  }
}

/** Writes each text to its own file in a fresh directory; returns the directory and the paths, in order. */
function writeAll(texts: string[], ext: string): { dir: string; files: string[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'vnet-scripts-'));
  const files = texts.map((t, i) => {
    const f = path.join(dir, `${String(i).padStart(4, '0')}.${ext}`);
    writeFileSync(f, t);
    return f;
  });
  return { dir, files };
}

const PWSH_PARSE = `
param([string] $Dir)
$ErrorActionPreference = 'Stop'
foreach ($f in Get-ChildItem -LiteralPath $Dir -Filter '*.ps1' | Sort-Object Name) {
  $tokens = $null; $errors = $null
  [System.Management.Automation.Language.Parser]::ParseFile($f.FullName, [ref]$tokens, [ref]$errors) | Out-Null
  foreach ($e in $errors) { [Console]::Out.WriteLine($f.Name + ':' + $e.Extent.StartLineNumber + ': ' + $e.ErrorId + ': ' + $e.Message) }
}
[Console]::Out.WriteLine('parsed')
`;

describe('script exports through the real tools', () => {
  it(`PowerShell's own parser reads every PowerShell export with no error (${designs.length} designs)`, () => {
    const pwsh = tool('pwsh');
    if (pwsh === undefined) return;
    const { dir } = writeAll(designs.map((d) => toPowerShell(d.design)), 'ps1');
    try {
      const r = parseAll(pwsh, dir);
      expect(r.stderr).toBe('');
      const lines = r.stdout.trim().split(/\r?\n/);
      expect(lines.at(-1)).toBe('parsed');
      const errors = lines.slice(0, -1).map((l) => `${designs[Number(l.slice(0, 4))]?.name ?? '?'}: ${l}`);
      expect(errors).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);

  it('the real parser does report a broken script (the check is live)', () => {
    const pwsh = tool('pwsh');
    if (pwsh === undefined) return;
    const { dir } = writeAll([`${toPowerShell(sampleDesign())}\nif ($x) {\n`], 'ps1');
    try {
      const r = parseAll(pwsh, dir);
      expect(r.stdout).toContain('MissingEndCurlyBrace');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);

  it.skipIf(!hasSharedSchemas)('every PowerShell export uses only known cmdlets and parameters (tree-sitter and az-cmdlets.json)', () => {
    const errors: string[] = [];
    for (const d of designs) for (const e of checkPowerShell(toPowerShell(d.design)).errors) errors.push(`${d.name}: ${e}`);
    expect(errors).toEqual([]);
  }, 600_000);

  it(`every bash export passes bash -n and shellcheck with no finding (${designs.length} designs)`, () => {
    const bash = tool('bash');
    const shellcheck = tool('shellcheck');
    if (bash === undefined) return;
    const { dir, files } = writeAll(designs.map((d) => toAzureCli(d.design)), 'sh');
    try {
      const syntax = run(bash, ['-c', 'for f in "$@"; do bash -n "$f" 2>&1 || printf "%s: bash -n failed\\n" "$f"; done', 'bash-n', ...files]);
      expect(syntax.stdout).toBe('');
      if (shellcheck === undefined) return;
      // One run over all files (a few hundred KB of script): slow on a busy machine, hence the generous limit.
      const r = run(shellcheck, ['--shell=bash', '--severity=style', '--format=gcc', ...files], { timeoutMs: 900_000 });
      const findings = r.stdout.trim() === '' ? [] : r.stdout.trim().split('\n').map((l) => `${designs[Number(path.basename(l).slice(0, 4))]?.name ?? '?'}: ${l.slice(dir.length + 1)}`);
      expect(findings).toEqual([]);
      expect(r.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 1_000_000);

  it('shellcheck does report a broken script (the check is live)', () => {
    const shellcheck = tool('shellcheck');
    if (shellcheck === undefined) return;
    const { dir, files } = writeAll([`${toAzureCli(sampleDesign())}echo $UNQUOTED_VAR\n`], 'sh');
    try {
      expect(run(shellcheck, ['--shell=bash', '--format=gcc', ...files]).stdout).toContain('SC2086');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
