/** The published JSON Schema of the design format, derived from the zod schema (never hand-edited). */
import { z } from 'zod';
import { DesignSchema } from './schema';

export function designJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DesignSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://github.com/vnet-peering-designer/vnet-peering-designer/docs/design.schema.json',
    title: 'VNet Peering Designer design',
    description: 'A VNet Peering Designer design file (version 1). See README.md, "Design file format".',
  };
}
