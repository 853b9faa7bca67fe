import { describe, expect, it } from 'vitest';
import { sampleDesign } from '../../model/sample';
import { hubAndSpokes } from '../../../test/share-links/designs';
import { openCommand } from './open';
import { shareCommand } from './share';
import type { CommandIo } from './shareIo';

function memoryIo(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = {
    readText: async (p) => {
      const t = files[p];
      if (t === undefined) throw new Error(`ENOENT: no such file '${p}'`);
      return t;
    },
    writeText: async (p, t) => {
      files[p] = t;
    },
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  };
  return { io, files, out, err };
}

describe('cli share / open', () => {
  it('share prints a fragment that open turns back into the same design file', async () => {
    const design = sampleDesign();
    const a = memoryIo({ 'design.json': JSON.stringify(design) });
    expect(await shareCommand.run(['design.json'], a.io)).toBe(0);
    const fragment = a.out.join('').trim();
    expect(fragment).toMatch(/^#d=1\./);
    const b = memoryIo();
    expect(await openCommand.run([fragment, '-o', 'back.json'], b.io)).toBe(0);
    expect(JSON.parse(b.files['back.json'] ?? '')).toEqual(design);
    expect(b.err.join('')).toContain('3 VNets, 4 peering links');
  });

  it('share --url prints a whole link; open prints to stdout without -o', async () => {
    const a = memoryIo({ 'd.json': JSON.stringify(hubAndSpokes(3)) });
    expect(await shareCommand.run(['d.json', '--url', 'https://example.org/app/'], a.io)).toBe(0);
    const link = a.out.join('').trim();
    expect(link.startsWith('https://example.org/app/#d=1.')).toBe(true);
    const b = memoryIo();
    expect(await openCommand.run([link], b.io)).toBe(0);
    expect(JSON.parse(b.out.join(''))).toEqual(hubAndSpokes(3));
  });

  it('reports bad input with a message and a non-zero exit code', async () => {
    const a = memoryIo({ 'bad.json': '{"version": 1, "vnets": 3}' });
    expect(await shareCommand.run(['bad.json'], a.io)).toBe(1);
    expect(a.err.join('')).toContain('not a valid design: vnets');
    expect(await shareCommand.run(['missing.json'], a.io)).toBe(1);
    expect(await shareCommand.run([], a.io)).toBe(2);
    const b = memoryIo();
    expect(await openCommand.run(['#d=1.AAAA'], b.io)).toBe(1);
    expect(b.err.join('')).toMatch(/cannot open the link: the link is (damaged|cut off)/);
    expect(await openCommand.run(['#d=1.x', '-o'], b.io)).toBe(2);
  });
});
