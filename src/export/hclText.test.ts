import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hclString } from './escape';
import { expr, printBlock, type HBlock, type HVal } from './hclWriter';
import { attrLines, commentLines, hclList, hclMap, nestedBlock, resourceText, type Printed } from './hclText';

// hclText writes Terraform resources straight to text; it must print exactly what the block printer does.
describe('hclText', () => {
  const text = fc.string({ unit: 'binary', maxLength: 12 });
  const key = fc.constantFrom('name', 'subnet_id', 'allow_virtual_network_access', 'sku', 'x');

  it('prints resources like printBlock: alignment over present attributes, nested blocks, lists, maps, comments', () => {
    fc.assert(
      fc.property(
        fc.array(text, { maxLength: 2 }),
        fc.uniqueArray(fc.tuple(key, fc.option(fc.oneof(text, fc.boolean(), fc.array(text, { maxLength: 3 }), fc.array(fc.tuple(text, text), { maxLength: 3 })), { nil: undefined })), { selector: ([k]) => k, maxLength: 5 }),
        fc.array(fc.uniqueArray(fc.tuple(key, fc.option(text, { nil: undefined })), { selector: ([k]) => k, minLength: 1, maxLength: 3 }), { maxLength: 2 }),
        (comments, attrs, nested) => {
          const asH = (v: string | boolean | string[] | [string, string][]): HVal =>
            typeof v === 'boolean' || typeof v === 'string' ? v : v.every((x) => typeof x === 'string') ? [...(v as string[])] : { map: (v as [string, string][]).map(([k, x]) => [k, x] as [string, HVal]) };
          const printed = (v: string | boolean | string[] | [string, string][] | undefined): Printed =>
            v === undefined ? undefined : typeof v === 'boolean' ? String(v) : typeof v === 'string' ? hclString(v) : v.every((x) => typeof x === 'string') ? hclList(v as string[]) : hclMap((v as [string, string][]).map(([k, x]) => [k, hclString(x)]));
          const block: HBlock = {
            comments,
            header: ['resource', 'azurerm_thing', 'id'],
            attrs: [['provider', expr('azurerm.sub')], ...attrs.map(([k, v]): [string, HVal | undefined] => [k, v === undefined ? undefined : asH(v)])],
            blocks: nested.map((n) => ({ header: ['ip_configuration'], attrs: n.map(([k, v]): [string, HVal | undefined] => [k, v]) })),
          };
          const pairs = ['provider', 'azurerm.sub', ...attrs.flatMap(([k, v]) => [k, printed(v)])];
          const blocks = nested.map((n) => nestedBlock('ip_configuration', n.flatMap(([k, v]) => [k, v === undefined ? undefined : hclString(v)]))).join('');
          expect(resourceText(commentLines(comments), 'azurerm_thing', 'id', pairs, blocks)).toBe(printBlock(block));
        },
      ),
    );
  });

  it('aligns each run of single-line attributes on its own, as terraform fmt does around a value over lines', () => {
    const obj = '{\n    "a" = 1\n  }';
    expect(attrLines('  ', ['name', '"x"', 'allow_forwarded_traffic', 'true', 'triggers', obj, 'depends_on', '[a]', 'count', '1'])).toBe(
      '\n  name                    = "x"\n  allow_forwarded_traffic = true\n  triggers = {\n    "a" = 1\n  }\n  depends_on = [a]\n  count      = 1',
    );
    expect(hclMap([['k', '"v"'], ['longer', '"w"']])).toBe('{\n    "k"      = "v"\n    "longer" = "w"\n  }');
  });
});
