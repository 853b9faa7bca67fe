import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sampleDesign } from '../../model/sample';
import { hubAndSpokes } from '../../../test/share-links/designs';
import { UsageError } from '../command';
import { testIo } from '../testIo';
import open from './open';
import share from './share';

describe('cli share / open', () => {
  it('share prints a fragment that open turns back into the same design file', async () => {
    const design = sampleDesign();
    const a = testIo({ 'design.json': JSON.stringify(design) });
    expect(await share.run(['design.json'], a)).toBe(0);
    const fragment = a.out.trim();
    expect(fragment).toMatch(/^#d=2\.[A-Za-z0-9_-]+$/);
    const b = testIo();
    expect(await open.run([fragment, '-o', 'back.json'], b)).toBe(0);
    expect(JSON.parse(b.files.get('back.json') ?? '')).toEqual(design);
    expect(b.err).toContain('3 VNets, 4 peering links');
  });

  it('share --url prints a whole link; open prints to stdout without -o', async () => {
    const a = testIo({ 'd.json': JSON.stringify(hubAndSpokes(3)) });
    expect(await share.run(['d.json', '--url', 'https://example.org/app/'], a)).toBe(0);
    const link = a.out.trim();
    expect(link.startsWith('https://example.org/app/#d=2.')).toBe(true);
    const b = testIo();
    expect(await open.run([link], b)).toBe(0);
    expect(JSON.parse(b.out)).toEqual(hubAndSpokes(3));
  });

  it('share accepts an az CLI export (imported first, report on stderr)', async () => {
    const a = testIo({ 'az.json': readFileSync('test/fixtures/import/az-cli-hub-spoke.json', 'utf8') });
    expect(await share.run(['az.json'], a)).toBe(0);
    expect(a.err).toContain('Read as: Azure CLI output');
    const b = testIo();
    expect(await open.run([a.out.trim()], b)).toBe(0);
    expect((JSON.parse(b.out) as { vnets: unknown[] }).vnets).toHaveLength(8);
  });

  it('reports bad input with a message and exit code 2', async () => {
    const a = testIo({ 'bad.json': '{"version": 1, "vnets": 3}' });
    expect(await share.run(['bad.json'], a)).toBe(2);
    expect(a.err).toMatch(/error: cannot load bad.json/);
    expect(await share.run(['missing.json'], a)).toBe(2);
    expect(() => share.run([], a)).toThrow(UsageError);
    const b = testIo();
    expect(await open.run(['#d=1.AAAA'], b)).toBe(2);
    expect(b.err).toMatch(/cannot open the link: the link is (damaged|cut off)/);
    expect(() => open.run(['#d=1.x', '-o'], b)).toThrow(UsageError);
  });
});
