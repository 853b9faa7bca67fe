// Regenerates docs/design.schema.json from the zod schema: `npm run schema`.
import { writeFileSync } from 'node:fs';
import { designJsonSchema } from '../src/model/jsonSchema';

writeFileSync(new URL('../docs/design.schema.json', import.meta.url), JSON.stringify(designJsonSchema(), null, 2) + '\n');
console.log('wrote docs/design.schema.json');
