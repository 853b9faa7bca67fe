import { describe, expect, it } from 'vitest';
import { fixtureText } from '../../test/fixtures/import/load';
import { sampleDesign } from '../model/sample';
import { run } from './main';
import { testIo } from './testIo';

const sample = JSON.stringify(sampleDesign());
const clean = JSON.stringify({ ...sampleDesign(), vnets: sampleDesign().vnets.slice(0, 1), peerings: [] });

describe('vnet-designer validate', () => {
  it('exits 1 with the findings grouped by severity when an error is found', async () => {
    const io = testIo({ 'estate.json': fixtureText('az-cli-hub-spoke.json') });
    expect(await run(['validate', 'estate.json'], io)).toBe(1);
    expect(io.out).toMatch(/^estate\.json: \d+ errors?, \d+ warnings?, \d+ info/);
    expect(io.out.indexOf('Errors (')).toBeLessThan(io.out.indexOf('Warnings ('));
    expect(io.out).toContain('GW_REMOTE_TRANSIT_NOT_ALLOWED');
    expect(io.out).not.toContain('\u001b[');
    expect(io.err).toContain('Read as: Azure CLI output');
  });

  it('exits 0 when there is no error finding', async () => {
    const io = testIo({ 'd.json': clean });
    expect(await run(['validate', 'd.json'], io)).toBe(0);
  });

  it('prints { findings } with vnetNames in JSON', async () => {
    const io = testIo({ 'd.json': sample });
    await run(['validate', 'd.json', '--format', 'json'], io);
    const parsed = JSON.parse(io.out) as { findings: { code: string; vnets: string[]; vnetNames: string[] }[] };
    expect(parsed.findings.length).toBeGreaterThan(0);
    for (const f of parsed.findings) {
      expect(f.vnetNames).toEqual([...f.vnetNames].sort());
      expect(f.vnetNames).toHaveLength(f.vnets.length);
    }
  });

  it('colours only on a terminal and never with NO_COLOR', async () => {
    const tty = testIo({ 'd.json': sample }, { isTTY: true });
    await run(['validate', 'd.json'], tty);
    expect(tty.out).toContain('\u001b[');
    const noColor = testIo({ 'd.json': sample }, { isTTY: true, env: { NO_COLOR: '1' } });
    await run(['validate', 'd.json'], noColor);
    expect(noColor.out).not.toContain('\u001b[');
  });

  it.each([
    ['garbage', 'this is not json', /not valid JSON/],
    ['truncated JSON', sample.slice(0, sample.length / 2), /not valid JSON/],
    ['__proto__ keys', '{"version": 1, "__proto__": {"x": 1}}', /"__proto__" is not allowed/],
    ['deep nesting', `${'['.repeat(100000)}${']'.repeat(100000)}`, /nested deeper than/],
    ['an empty file', '', /empty/],
  ])('exits 2 on %s with one clear line', async (_what, text, reason) => {
    const io = testIo({ 'bad.json': text });
    expect(await run(['validate', 'bad.json'], io)).toBe(2);
    expect(io.err).toMatch(reason);
    expect(io.err.trim().split('\n')).toHaveLength(1);
    expect(io.err).not.toMatch(/\bat .*\.ts:\d+/);
    expect(io.out).toBe('');
  });

  it('refuses a 50 MB file without reading it', async () => {
    const io = testIo({}, { sizes: { 'big.json': 50 * 1024 * 1024 } });
    expect(await run(['validate', 'big.json'], io)).toBe(2);
    expect(io.err).toMatch(/50\.0 MB; the limit is 40 MB/);
    expect(io.reads).toEqual([]);
  });

  it('exits 2 on a missing file, a bad format option or missing arguments', async () => {
    for (const argv of [['validate', 'nope.json'], ['validate', 'd.json', '--format', 'xml'], ['validate'], ['validate', 'd.json', '--bogus']]) {
      const io = testIo({ 'd.json': sample });
      expect(await run(argv, io)).toBe(2);
      expect(io.err).toMatch(/^error: /);
    }
  });
});

describe('vnet-designer import', () => {
  it('writes a design that validates through the one load path, and prints the report to stderr', async () => {
    const io = testIo({ 'tpl.json': fixtureText('arm-hub-spoke.json') });
    expect(await run(['import', 'tpl.json', '-o', 'design.json'], io)).toBe(0);
    expect(io.err).toContain('Read as: ARM deployment template');
    expect(io.err).toContain('resources[12].properties.addressSpace');
    const written = io.files.get('design.json') ?? '';
    const again = testIo({ 'design.json': written });
    await run(['validate', 'design.json', '--format', 'json'], again);
    expect(again.err).toBe('');
    expect(JSON.parse(written)).toMatchObject({ version: 1, name: 'Imported from ARM template' });
  });

  it('needs -o', async () => {
    const io = testIo({ 'tpl.json': '{}' });
    expect(await run(['import', 'tpl.json'], io)).toBe(2);
    expect(io.err).toMatch(/missing -o/);
  });
});

describe('vnet-designer reach', () => {
  it('explains both directions hop by hop, accepting names or ids', async () => {
    const io = testIo({ 'estate.json': fixtureText('az-cli-hub-spoke.json') });
    const code = await run(['reach', 'estate.json', 'vnet-spoke1', 'VNET-SPOKE2'], io);
    expect(code).toBe(1);
    expect(io.out).toMatch(/vnet-spoke1 -> vnet-spoke2: does not reach/);
    expect(io.out).toMatch(/vnet-spoke2 -> vnet-spoke1: reaches/);
    expect(io.out).toMatch(/1\. vnet-spoke1\/snet-app: 10\.0\.0\.0\/8 -> VirtualAppliance 10\.0\.1\.4/);
    expect(io.out).toMatch(/allowForwardedTraffic/);
  });

  it('exits 0 when both directions reach, and 2 for an unknown VNet', async () => {
    const ok = testIo({ 'd.json': sample });
    expect(await run(['reach', 'd.json', 'vnet-hub', 'vnet-spoke-a'], ok)).toBe(0);
    const bad = testIo({ 'd.json': sample });
    expect(await run(['reach', 'd.json', 'vnet-hub', 'nowhere'], bad)).toBe(2);
    expect(bad.err).toMatch(/no VNet or on-premises network named "nowhere"/);
  });
});

describe('vnet-designer help', () => {
  it('lists every command with no arguments or with help; unknown commands exit 2', async () => {
    for (const argv of [[], ['help']]) {
      const io = testIo();
      expect(await run(argv, io)).toBe(0);
      for (const c of ['validate <file|->', 'import <file|-|main.bicep> [--parameters <parameters.json|main.bicepparam>] -o', 'reach <file> <vnetA> <vnetB>']) expect(io.out).toContain(c);
    }
    const io = testIo();
    expect(await run(['frobnicate'], io)).toBe(2);
    expect(io.err).toMatch(/unknown command "frobnicate"/);
  });
});
