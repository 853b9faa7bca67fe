import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { designJsonSchema } from './jsonSchema';
import { sampleDesign } from './sample';

describe('docs/design.schema.json', () => {
  it('is up to date with the zod schema (run `npm run schema` after changing the model)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../docs/design.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(designJsonSchema())));
  });

  it('accepts the sample design and rejects a wrong one', () => {
    const ajv = new Ajv2020({ strict: false });
    const check = ajv.compile(designJsonSchema());
    expect(check(sampleDesign())).toBe(true);
    expect(check({ version: 1, vnets: [{ id: 'a' }] })).toBe(false);
    expect(check({ version: 2 })).toBe(false);
  });
});
