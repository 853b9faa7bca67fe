/** The real entry points, spawned as a user runs them: the bin and the `npm run cli` script (tsx). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string) => join(root, 'test/fixtures/import', name);
const env = { ...process.env, NO_COLOR: '1' };

function bin(...args: string[]) {
  return spawnSync(process.execPath, [join(root, 'bin/vnet-designer.mjs'), ...args], { cwd: root, encoding: 'utf8', env });
}

const dir = mkdtempSync(join(tmpdir(), 'vnet-designer-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('spawned CLI', () => {
  it('bin/vnet-designer.mjs validates a Resource Graph export with JSON output and exit 1', () => {
    const r = bin('validate', fixture('resource-graph-hub-spoke.json'), '--format', 'json');
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as { findings: { code: string; vnetNames: string[] }[] };
    expect(out.findings.map((f) => f.code)).toContain('PEER_ADDRESS_OVERLAP');
  });

  it('the npm script entry (tsx src/cli/main.ts) prints help', () => {
    const r = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'src/cli/main.ts'), 'help'], { cwd: root, encoding: 'utf8', env });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('validate <file|-> [--format text|json|sarif|junit]');
  });

  it('a real 50 MB file and garbage exit 2 with one line and no stack trace', () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, `[${' '.repeat(50 * 1024 * 1024)}]`);
    const garbage = join(dir, 'garbage.json');
    writeFileSync(garbage, '\u0000\u0001 not json at all {{{');
    for (const file of [big, garbage]) {
      const r = bin('validate', file);
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('reads a UTF-16 file as Windows PowerShell 5.1 saves `Get-AzVirtualNetwork | ConvertTo-Json -Depth 10 > vnets.json`', () => {
    const utf16 = join(dir, 'vnets-utf16.json');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(fixture('ps-hub-spoke.json'), 'utf8'), 'utf16le')]));
    const r = bin('validate', utf16, '--format', 'json');
    expect(r.stderr).toContain('Read as: Azure PowerShell output');
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as { findings: { code: string }[] };
    expect(out.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['GW_REMOTE_TRANSIT_NOT_ALLOWED', 'PEER_NOT_IN_SYNC', 'PEER_ONE_WAY']));
  });

  it('import writes the design file', () => {
    const out = join(dir, 'design.json');
    const r = bin('import', fixture('arm-vnet-to-vnet-peering.json'), '-o', out);
    expect(r.status).toBe(0);
    const v = bin('validate', out);
    expect(v.status).toBe(0);
  });
});
