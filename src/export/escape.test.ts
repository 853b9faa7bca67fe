/**
 * "No user string can break out of an exported string literal", per escape function and per language,
 * decoded by a parser for that language (Bicep subset parser, JSON.parse, tree-sitter-powershell, a POSIX
 * word tokenizer, an HCL tokenizer).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { armExprString, armLiteral, bicepString, cleanText, commentText, escapeJsonBidi, hclString, psString, scriptText, shString } from './escape';
import { parseBicep } from '../../test/schema-checks/bicepParse';
import { armExprStrings, decodeArmLiteral, hclTokens, shellTokens } from '../../test/schema-checks/decoders';
import { decodeVerbatim, parsePowerShell } from '../../test/schema-checks/powershellCheck';

const NASTY = ["a'b", '${x}', '$(rm -rf /)', '`whoami`', '"', '\n', '\r\n', '\\', "'; rm -rf / #", '%{if x}', '[x]', "''", '\u2019', '\u2018', '#>', ']', '$', '{', '\t', '\u2028', '\u0000', '\ud800', '$${', '%%{', '\\${', "\\'", '\u202E', '\u2066', '\u2069', '\u202A'];
export const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 4 })), { maxLength: 8 }).map((xs) => xs.join('')),
);

function psErrors(src: string): string[] {
  const errors: string[] = [];
  const walk = (n: ReturnType<typeof parsePowerShell>['rootNode']): void => {
    if (n.type === 'ERROR' || n.isMissing) errors.push(n.type);
    n.children.forEach(walk);
  };
  walk(parsePowerShell(src).rootNode);
  return errors;
}

describe('escape functions round-trip through a parser of their language', () => {
  it('cleanText only replaces NUL and lone surrogates', () => {
    expect(cleanText('a\u0000b\ud800c\ud83d\ude00')).toBe('a\uFFFDb\uFFFDc\ud83d\ude00');
  });

  it('Bicep', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const [st] = parseBicep(`output o string = ${bicepString(s)}\n`);
        expect(st?.value).toEqual({ kind: 'string', value: cleanText(s) });
      }),
      { numRuns: 400 },
    );
  });

  it('ARM literals and expression strings', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const json = JSON.stringify({ name: armLiteral(s) });
        expect(decodeArmLiteral((JSON.parse(json) as { name: string }).name)).toBe(cleanText(s));
        const expr = `[format('{0}/{1}', ${armExprString(s)}, 'x')]`;
        expect(armExprStrings(expr)).toEqual(['{0}/{1}', cleanText(s), 'x']);
      }),
      { numRuns: 400 },
    );
  });

  it('an expression-shaped literal is escaped so ARM does not evaluate it', () => {
    expect(armLiteral("[parameters('x')]")).toBe("[[parameters('x')]");
    expect(armLiteral('[x')).toBe('[x');
  });

  it('PowerShell verbatim strings (tree-sitter-powershell)', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const src = `$x = ${psString(s)}\nWrite-Output $x\n`;
        expect(psErrors(src)).toEqual([]);
        const tree = parsePowerShell(src);
        const literals = tree.rootNode.descendantsOfType('string_literal');
        expect(literals.map((n) => decodeVerbatim(n.text))).toEqual([scriptText(s)]);
        expect(tree.rootNode.descendantsOfType('command').length).toBe(1);
      }),
      { numRuns: 300 },
    );
  });

  it('POSIX shell single-quoted words', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const tokens = shellTokens(`az group create --name ${shString(s)} --output none\n`);
        expect(tokens.map((t) => t.kind)).toEqual(['word', 'word', 'word', 'word', 'quoted', 'word', 'word', 'newline']);
        expect(tokens[4]?.text).toBe(scriptText(s));
      }),
      { numRuns: 400 },
    );
  });

  it('HCL quoted strings', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const tokens = hclTokens(`name = ${hclString(s)}\n`);
        expect(tokens.map((t) => t.kind)).toEqual(['ident', 'punct', 'string', 'newline']);
        expect(tokens[2]?.text).toBe(cleanText(s));
      }),
      { numRuns: 400 },
    );
  });

  it('no bidi control is written raw in any format; JSON, Bicep and HCL escape it, scripts and comments replace it', () => {
    const bidi = /[\u202A-\u202E\u2066-\u2069]/;
    fc.assert(
      fc.property(hostile, (s) => {
        for (const text of [bicepString(s), hclString(s), psString(s), shString(s), commentText(s), escapeJsonBidi(JSON.stringify(armLiteral(s)))]) expect(bidi.test(text)).toBe(false);
      }),
      { numRuns: 300 },
    );
    const rlo = 'a\u202Eb\u2066c';
    expect(bicepString(rlo)).toBe("'a\\u{202E}b\\u{2066}c'");
    expect(hclString(rlo)).toBe('"a\\u202Eb\\u2066c"');
    expect(escapeJsonBidi(JSON.stringify(rlo))).toBe('"a\\u202eb\\u2066c"');
    expect(JSON.parse(escapeJsonBidi(JSON.stringify(rlo)))).toBe(rlo);
    expect(psString(rlo)).toBe("'a\uFFFDb\uFFFDc'");
    expect(shString(rlo)).toBe("'a\uFFFDb\uFFFDc'");
    expect(commentText(rlo)).toBe('a\uFFFDb\uFFFDc');
  });

  it('comment text has no line terminator in any language', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        expect([...commentText(s)].some((ch) => ['\n', '\r', '\u2028', '\u2029', '\u0085', '\u000b', '\u000c'].includes(ch))).toBe(false);
      }),
    );
  });
});
