/**
 * ARM parameter files (https://learn.microsoft.com/azure/azure-resource-manager/templates/parameter-files):
 * `{ "$schema": ".../deploymentParameters.json#", "parameters": { "name": { "value": ... } } }`. A
 * Key Vault `reference` cannot be read by an import: it is listed, and the parameter stays without a value.
 * Also accepted: the `parameters` object alone, as `az deployment group create --parameters @file` takes it.
 */
import { isObject } from '../azure/access';
import { readJson } from '../json';
import { fail, ok, type Result } from '../../model/result';
import type { SkippedItem } from '../types';

export interface ArmParameters {
  values: Map<string, unknown>;
  skipped: SkippedItem[];
}

export function readArmParameters(text: string, source = 'the parameters file'): Result<ArmParameters, string> {
  const json = readJson(text);
  if (!json.ok) return fail(`${source}: ${json.errors[0] ?? 'unreadable'}`);
  const value = json.value;
  if (!isObject(value)) return fail(`${source}: expected a JSON object with "parameters"`);
  const schema = value['$schema'];
  if (typeof schema === 'string' && /deploymentTemplate\.json/i.test(schema)) return fail(`${source} is an ARM template, not a parameters file`);
  const params = isObject(value['parameters']) ? value['parameters'] : typeof schema === 'string' ? undefined : value;
  if (!params) return fail(`${source}: it has no "parameters" object`);
  const out: ArmParameters = { values: new Map(), skipped: [] };
  for (const [name, entry] of Object.entries(params)) {
    const where = `${source}: parameters.${name}`;
    if (!isObject(entry)) {
      out.skipped.push({ what: `parameter '${name}'`, where, why: 'expected { "value": ... }' });
    } else if ('reference' in entry) {
      out.skipped.push({ what: `parameter '${name}'`, where, why: 'it reads a Key Vault secret, which an import cannot read' });
    } else if (!('value' in entry)) {
      out.skipped.push({ what: `parameter '${name}'`, where, why: 'it has no "value"' });
    } else out.values.set(name, entry['value']);
  }
  return ok(out);
}
