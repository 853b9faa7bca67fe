import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importAny } from '.';
import { toStrictJson } from './jsonc';

describe('ARM-style JSON: comments and multi-line strings (issue 13 item 2)', () => {
  it('drops // and /* */ comments outside strings and keeps them inside', () => {
    const r = toStrictJson('{ // note\n "a": "x // not a comment", /* block\n over lines */ "b": "/* kept */" }');
    expect(r.ok && JSON.parse(r.value)).toEqual({ a: 'x // not a comment', b: '/* kept */' });
  });

  it('keeps a line break inside a string as a newline, as ARM does', () => {
    const r = toStrictJson('{"d": "first\r\nsecond\nthird\tend"}');
    expect(r.ok && JSON.parse(r.value)).toEqual({ d: 'first\r\nsecond\nthird\tend' });
  });

  it('names the line of an unterminated block comment', () => {
    const r = importAny('{\n "resources": [] /* open\n');
    expect(!r.ok && r.error).toBe('not valid JSON: a /* comment that starts on line 2 is never closed');
  });

  it('imports a commented template with a multi-line expression', () => {
    const text = `{
  // landing-zone style header comment
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  /* parameters */
  "parameters": { "hubName": { "type": "string", "defaultValue": "vnet-hub" } },
  "resources": [
    {
      "type": "Microsoft.Network/virtualNetworks", // the hub
      "apiVersion": "2023-09-01",
      "name": "[concat(
        parameters('hubName'),
        '-01')]",
      "location": "westeurope",
      "properties": { "addressSpace": { "addressPrefixes": [ "10.0.0.0/16" ] } }
    }
  ]
}`;
    const r = importAny(text);
    expect(r.ok && r.design.vnets.map((v) => [v.name, v.addressPrefixes])).toEqual([['vnet-hub-01', ['10.0.0.0/16']]]);
  });

  it('gives strict JSON unchanged and never throws', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (v) => {
        const text = JSON.stringify(v);
        const r = toStrictJson(text);
        expect(r.ok && r.value).toBe(text);
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        expect(typeof toStrictJson(s).ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
