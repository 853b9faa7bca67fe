/**
 * Checks a Terraform export the way Terraform would read it: every file is parsed by HashiCorp's own HCL
 * parser (@cdktf/hcl2json, the Go parser compiled to WASM), then every resource type, argument and nested
 * block is looked up in the azurerm provider schema of ../shared/schemas/terraform/azurerm-network.json
 * (azurerm 4.55.0), required arguments and blocks must be present, and every reference to a resource or a
 * variable must point at one the export declares.
 */
import { parse } from '@cdktf/hcl2json';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readSharedJson, SCHEMAS_DIR } from '../schema-checks/shared';

interface ArgSchema {
  required: boolean;
  block?: Record<string, ArgSchema>;
}
interface ProviderSchema {
  provider: string;
  version: string;
  resources: Record<string, Record<string, ArgSchema>>;
}

export const hasTerraformSchema = existsSync(path.join(SCHEMAS_DIR, 'terraform', 'azurerm-network.json'));

let schema: ProviderSchema | undefined;
export function azurermSchema(): ProviderSchema {
  schema ??= readSharedJson('terraform/azurerm-network.json') as ProviderSchema;
  return schema;
}

/** Terraform's meta-arguments, valid in every resource (https://developer.hashicorp.com/terraform/language/meta-arguments). */
const META = new Set(['provider', 'depends_on', 'count', 'for_each', 'lifecycle']);

/**
 * The azurerm provider block's arguments the export may write, from the provider's documentation
 * (hashicorp/terraform-provider-azurerm website/docs/index.html.markdown, v4.0.0..v4.55.0: `subscription_id`
 * required since 4.0, `tenant_id`, `auxiliary_tenant_ids` (up to 3), `environment`, the `features` block) plus `alias`.
 */
const PROVIDER_ARGS = new Set(['alias', 'subscription_id', 'tenant_id', 'auxiliary_tenant_ids', 'environment', 'features']);
/** https://developer.hashicorp.com/terraform/language/values/variables#arguments */
const VARIABLE_ARGS = new Set(['description', 'type', 'default', 'sensitive', 'nullable', 'validation']);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const isBlockList = (v: unknown): v is Obj[] => Array.isArray(v) && v.length > 0 && v.every(isObj);

export interface HclReport {
  errors: string[];
  /** `type.argument` (and `type.block.argument`) of everything written, to report what was checked */
  written: Set<string>;
  /** the parsed files, by name */
  parsed: Record<string, Obj>;
}

/** Parses every file; a parse error is reported with the file name, never thrown. */
export async function parseFiles(files: Record<string, string>): Promise<{ parsed: Record<string, Obj>; errors: string[] }> {
  const parsed: Record<string, Obj> = {};
  const errors: string[] = [];
  for (const [name, text] of Object.entries(files)) {
    try {
      parsed[name] = (await parse(name, text)) as Obj;
    } catch (e) {
      errors.push(`${name}: HCL parse error: ${String(e)}`);
    }
  }
  return { parsed, errors };
}

function checkBody(where: string, body: Obj, args: Record<string, ArgSchema>, errors: string[], written: Set<string>, prefix: string, isResource: boolean): void {
  for (const [key, value] of Object.entries(body)) {
    if (isResource && META.has(key)) continue;
    const arg = args[key];
    written.add(`${prefix}.${key}`);
    if (!arg) {
      errors.push(`${where}: unknown argument or block "${key}"`);
      continue;
    }
    if (arg.block) {
      if (!isBlockList(value)) {
        errors.push(`${where}: "${key}" is a nested block, written as an argument`);
        continue;
      }
      for (const b of value) checkBody(`${where} ${key}`, b, arg.block, errors, written, `${prefix}.${key}`, false);
    } else if (isBlockList(value)) {
      // hcl2json gives blocks as lists of objects; an argument that is a list of objects is not written here
      errors.push(`${where}: "${key}" is an argument, written as a nested block`);
    }
  }
  for (const [key, arg] of Object.entries(args)) {
    if (arg.required && !(key in body)) errors.push(`${where}: required ${arg.block ? 'block' : 'argument'} "${key}" is missing`);
  }
}

/** Parses and checks a Terraform export's files against the azurerm schema. */
export async function checkTerraform(files: Record<string, string>): Promise<HclReport> {
  const { parsed, errors } = await parseFiles(files);
  const written = new Set<string>();
  const resources = azurermSchema().resources;
  const declared = new Set<string>();
  const variables = new Set<string>();
  for (const [file, doc] of Object.entries(parsed)) {
    for (const [key, value] of Object.entries(doc)) {
      if (key === 'resource' && isObj(value)) {
        for (const [type, byName] of Object.entries(value)) {
          const args = resources[type];
          if (!args) errors.push(`${file}: resource type ${type} is not in azurerm ${azurermSchema().version}`);
          for (const [name, bodies] of Object.entries(isObj(byName) ? byName : {})) {
            if (declared.has(`${type}.${name}`)) errors.push(`${file}: ${type}.${name} is declared twice`);
            declared.add(`${type}.${name}`);
            for (const body of Array.isArray(bodies) ? bodies : []) if (args && isObj(body)) checkBody(`${file} ${type}.${name}`, body, args, errors, written, type, true);
          }
        }
      } else if (key === 'provider' && isObj(value)) {
        for (const [name, bodies] of Object.entries(value)) {
          if (name !== 'azurerm') errors.push(`${file}: unexpected provider ${name}`);
          for (const body of Array.isArray(bodies) ? bodies : []) {
            for (const k of Object.keys(isObj(body) ? body : {})) {
              written.add(`provider.${k}`);
              if (!PROVIDER_ARGS.has(k)) errors.push(`${file}: provider azurerm: unknown argument "${k}"`);
            }
            if (isObj(body) && !('subscription_id' in body)) errors.push(`${file}: provider azurerm without subscription_id (required since azurerm 4.0)`);
          }
        }
      } else if (key === 'variable' && isObj(value)) {
        for (const [name, bodies] of Object.entries(value)) {
          if (variables.has(name)) errors.push(`${file}: variable ${name} is declared twice`);
          variables.add(name);
          for (const body of Array.isArray(bodies) ? bodies : []) {
            for (const k of Object.keys(isObj(body) ? body : {})) if (!VARIABLE_ARGS.has(k)) errors.push(`${file}: variable ${name}: unknown argument "${k}"`);
          }
        }
      } else if (key !== 'terraform') {
        errors.push(`${file}: unexpected top-level ${key}`);
      }
    }
  }
  // Every reference points at something declared (hcl2json gives expressions as `${...}` strings).
  const aliases = new Set<string>();
  for (const doc of Object.values(parsed)) {
    const p = isObj(doc['provider']) ? doc['provider']['azurerm'] : undefined;
    for (const body of Array.isArray(p) ? p : []) if (isObj(body) && typeof body['alias'] === 'string') aliases.add(body['alias']);
  }
  for (const [file, doc] of Object.entries(parsed)) {
    const text = JSON.stringify(doc);
    for (const m of text.matchAll(/\$\{([^"]*)\}/g)) {
      const expr = m[1] ?? '';
      for (const r of expr.matchAll(/(?<![\w.])(azurerm_[a-z_]+)\.([A-Za-z0-9_-]+)/g)) {
        if (!declared.has(`${r[1]}.${r[2]}`)) errors.push(`${file}: reference to undeclared ${r[1]}.${r[2]}`);
      }
      for (const r of expr.matchAll(/(?<![\w.])var\.([A-Za-z0-9_-]+)/g)) if (!variables.has(r[1] ?? '')) errors.push(`${file}: reference to undeclared var.${r[1]}`);
      for (const r of expr.matchAll(/(?<![\w.])azurerm\.([A-Za-z0-9_-]+)/g)) if (!aliases.has(r[1] ?? '')) errors.push(`${file}: reference to undeclared provider azurerm.${r[1]}`);
    }
  }
  return { errors, written, parsed };
}
