import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, FINDING_CODES } from '../src/engine/catalogue';

const doc = readFileSync(new URL('../docs/findings.md', import.meta.url), 'utf8');
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('docs/findings.md', () => {
  it('has one anchored section per finding code, with the catalogue severity and a Microsoft source', () => {
    for (const code of FINDING_CODES) {
      const anchor = `<a id="${code.toLowerCase()}"></a>\n### ${code} (${CATALOGUE[code].severity})`;
      expect(doc, code).toContain(anchor);
      const section = doc.slice(doc.indexOf(anchor), doc.indexOf('<a id=', doc.indexOf(anchor) + 5) >>> 0);
      expect(section, code).toMatch(/\*\*What\.\*\*[\s\S]*\*\*Why\.\*\*[\s\S]*https:\/\/(learn|azure)\.microsoft\.com[\s\S]*\*\*Fix\.\*\*/);
    }
    expect(doc.match(/<a id="/g)).toHaveLength(FINDING_CODES.length);
  });

  it('the README findings table has one row per code, with the catalogue severity and the docs anchor', () => {
    for (const code of FINDING_CODES) {
      expect(readme, code).toContain(`| [\`${code}\`](docs/findings.md#${code.toLowerCase()}) | ${CATALOGUE[code].severity} |`);
    }
    expect(readme.match(/^\| \[`[A-Z_]+`\]\(docs\/findings\.md#/gm)).toHaveLength(FINDING_CODES.length);
  });
});
