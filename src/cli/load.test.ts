import { describe, expect, it } from 'vitest';
import { sampleDesign } from '../model/sample';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeText, nodeIo } from './io';
import { writeOutput } from './output';
import { loadForCommand } from './load';
import { testIo } from './testIo';

const designText = JSON.stringify(sampleDesign());
const cliText = JSON.stringify([{ name: 'vnet-a', id: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet-a', location: 'westeurope', addressSpace: { addressPrefixes: ['10.0.0.0/16'] } }]);

describe('loadForCommand', () => {
  it('writes the error and gives undefined for a missing file', () => {
    const io = testIo();
    expect(loadForCommand('nope.json', io)).toBeUndefined();
    expect(io.err).toBe('error: cannot read nope.json: no such file\n');
  });

  it('reports an import but stays quiet for a design file, unless asked always', () => {
    const io = testIo({ 'd.json': designText, 'az.json': cliText });
    expect(loadForCommand('d.json', io)?.design.name).toBe('Sample hub and spoke');
    expect(io.err).toBe('');
    expect(loadForCommand('az.json', io)?.design.vnets.map((v) => v.name)).toEqual(['vnet-a']);
    expect(io.err).toContain('Read as: Azure CLI output');
    const again = testIo({ 'd.json': designText });
    loadForCommand('d.json', again, 'always');
    expect(again.err).toMatch(/^Read as: /);
  });
});

describe('writeOutput', () => {
  it('writes the file, or reports why not and gives false', () => {
    const io = testIo();
    expect(writeOutput(io, 'out.json', 'x', { force: false, inputs: [] })).toBe(true);
    expect(io.files.get('out.json')).toBe('x');
    // the real file system, into a directory that does not exist
    const dir = mkdtempSync(path.join(tmpdir(), 'vnet-cli-'));
    try {
      const target = path.join(dir, 'missing', 'out.json');
      const real = { ...io, writeFile: nodeIo().writeFile, pathKind: nodeIo().pathKind };
      expect(writeOutput(real, target, 'x', { force: false, inputs: [] })).toBe(false);
      expect(io.err.startsWith(`error: cannot write ${target}: `)).toBe(true);
      expect(io.err).toContain('ENOENT');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('decodeText', () => {
  it('reads UTF-8, and UTF-16 (either byte order) when the file starts with its byte-order mark', () => {
    const json = '[{"Name":"vnet-é"}]';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]);
    const be = Buffer.from(le.subarray(0).map((_, i, b) => b[i ^ 1] ?? 0));
    expect(decodeText(le)).toBe(json);
    expect(decodeText(be)).toBe(json);
    expect(decodeText(Buffer.from(json, 'utf8'))).toBe(json);
  });
});
