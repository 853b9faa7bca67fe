/**
 * Every share link format ever released keeps opening: format-N.json holds links made by format N
 * with the design each must open to. Add a file per new format; never edit or regenerate old ones.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDesign } from '../../src/model/parse';
import { decodeShare } from '../../src/share/share';

const dir = path.dirname(new URL(import.meta.url).pathname);
const files = readdirSync(dir).filter((f) => /^format-\d+\.json$/.test(f));

describe('released share link formats keep opening', () => {
  it('has a file for each released format (1, and 2 with on-premises connection details)', () => {
    expect(files).toContain('format-1.json');
    expect(files).toContain('format-2.json');
  });

  for (const file of files) {
    const content = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { links: { title: string; link: string; design: unknown }[] };
    for (const entry of content.links) {
      it(`${file}: ${entry.title}`, () => {
        expect(entry.link.startsWith(`#d=${/\d+/.exec(file)?.[0]}.`)).toBe(true);
        const expected = parseDesign(entry.design);
        expect(expected.ok).toBe(true);
        const decoded = decodeShare(entry.link);
        expect(decoded).toEqual(expected);
      });
    }
  }
});
