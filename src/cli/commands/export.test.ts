import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { run } from '../main';
import { nodeIo } from '../io';
import { testIo } from '../testIo';
import { toBicepFiles } from '../../export/bicep';
import { toArmTemplate } from '../../export/arm';
import { toTerraformFiles } from '../../export/terraform';
import { design, peer, vnet } from '../../../test/builders';

const a = vnet('vnet-a', ['10.1.0.0/16']);
const b = vnet('vnet-b', ['10.2.0.0/16']);
const good = design([a, b], peer(a, b));
const bad = design([a, vnet('vnet-a2', ['10.1.0.0/16'])], peer('vnet-a', 'vnet-a2'));

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(path.join(tmpdir(), 'vpd-export-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('vnet-designer export', () => {
  it('prints the single-text view to stdout without -o', async () => {
    const io = testIo({ 'd.json': JSON.stringify(good) });
    expect(await run(['export', 'd.json', '--format', 'arm'], io)).toBe(0);
    expect(io.out).toBe(toArmTemplate(good));
  });

  it('writes a single-file format to -o', async () => {
    const io = testIo({ 'd.json': JSON.stringify(good) });
    expect(await run(['export', 'd.json', '--format', 'powershell', '-o', 'deploy.ps1'], io)).toBe(0);
    expect(io.files.get('deploy.ps1')).toContain("Add-AzVirtualNetworkPeering -Name 'peer-vnet-a-to-vnet-b'");
  });

  it('refuses a design with error findings unless --allow-errors', async () => {
    const io = testIo({ 'd.json': JSON.stringify(bad) });
    expect(await run(['export', 'd.json', '--format', 'bicep'], io)).toBe(1);
    expect(io.err).toContain('PEER_ADDRESS_OVERLAP');
    expect(io.out).toBe('');
    const io2 = testIo({ 'd.json': JSON.stringify(bad) });
    expect(await run(['export', 'd.json', '--format', 'bicep', '--allow-errors'], io2)).toBe(0);
    expect(io2.out).toContain('error finding(s)');
  });

  it('rejects an unknown format with exit 2', async () => {
    const io = testIo({ 'd.json': JSON.stringify(good) });
    expect(await run(['export', 'd.json', '--format', 'pulumi'], io)).toBe(2);
    expect(io.err).toContain('bicep|arm|powershell|cli|terraform');
  });

  it('writes a multi-file export to a directory', async () => {
    const dir = tmp();
    const input = path.join(dir, 'd.json');
    const io = nodeIo();
    io.writeFile(input, JSON.stringify(good));
    const out = path.join(dir, 'bicep-out');
    expect(await run(['export', input, '--format', 'bicep', '-o', out], { ...io, stderr: { write: () => undefined } })).toBe(0);
    for (const [name, text] of Object.entries(toBicepFiles(good).files)) expect(readFileSync(path.join(out, name), 'utf8')).toBe(text);
    expect(existsSync(path.join(out, 'modules'))).toBe(true);
  });

  it('writes a multi-file export to a deterministic zip when -o ends in .zip', async () => {
    const dir = tmp();
    const input = path.join(dir, 'd.json');
    const io = { ...nodeIo(), stderr: { write: () => undefined } };
    io.writeFile(input, JSON.stringify(good));
    const zip1 = path.join(dir, 'tf1.zip');
    const zip2 = path.join(dir, 'tf2.zip');
    expect(await run(['export', input, '--format', 'terraform', '-o', zip1], io)).toBe(0);
    expect(await run(['export', input, '--format', 'terraform', '-o', zip2], io)).toBe(0);
    const entries = unzipSync(readFileSync(zip1));
    expect(Object.keys(entries).sort()).toEqual(Object.keys(toTerraformFiles(good).files).sort());
    expect(strFromU8(entries['main.tf'] ?? new Uint8Array())).toBe(toTerraformFiles(good).files['main.tf']);
    expect(readFileSync(zip1).equals(readFileSync(zip2))).toBe(true);
  });
});
