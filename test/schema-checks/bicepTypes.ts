/**
 * Checks that every Bicep resource body uses only property names known to
 * ../shared/schemas/bicep/network-types.json (extracted from bicep-types-az), recursively, and writes no
 * read-only property. Types the file does not cover are returned separately so the test can list them.
 * When the exact apiVersion is not in the file, the nearest newer one is used (reported as such).
 */
import { readSharedJson } from './shared';
import { parseBicep, type BicepValue } from './bicepParse';

interface PropDef {
  type: string;
  flags?: string[];
}
interface ObjDef {
  properties?: Record<string, PropDef>;
  additionalProperties?: string;
}
interface TypesFile {
  apiVersions: Record<string, { resources: Record<string, string>; objects: Record<string, ObjDef> }>;
}

/** Bicep-level keywords of a resource body (not part of the resource type). */
const BICEP_KEYWORDS = new Set(['parent', 'dependsOn', 'scope']);

export interface BicepTypeReport {
  errors: string[];
  uncovered: Set<string>;
  /** `type@used -> checked against` when the exact version is missing from the file */
  substituted: Set<string>;
}

export function checkBicepTypes(files: Record<string, string>): BicepTypeReport {
  const types = readSharedJson('bicep/network-types.json') as TypesFile;
  const versions = Object.keys(types.apiVersions).sort();
  const report: BicepTypeReport = { errors: [], uncovered: new Set(), substituted: new Set() };
  for (const [file, text] of Object.entries(files)) {
    for (const st of parseBicep(text)) {
      if (st.keyword !== 'resource' || st.existing || !st.type) continue;
      const [type = '', api = ''] = st.type.split('@');
      const version = types.apiVersions[api] ? api : versions.find((v) => v >= api) ?? versions.at(-1) ?? '';
      const table = types.apiVersions[version];
      const ref = table?.resources[type];
      if (!table || !ref) {
        report.uncovered.add(type);
        continue;
      }
      if (version !== api) report.substituted.add(`${type}@${api} -> ${version}`);
      walk(st.value, ref, table.objects, `${file}:${st.line} ${st.name}`, report.errors, true);
    }
  }
  return report;
}

function walk(v: BicepValue | undefined, typeRef: string, objects: Record<string, ObjDef>, where: string, errors: string[], top = false): void {
  if (!v || v.kind === 'expr') return;
  const arr = /^array<(.+)>$/.exec(typeRef);
  if (arr) {
    if (v.kind === 'array') v.items.forEach((x, i) => walk(x, arr[1] ?? '', objects, `${where}[${i}]`, errors));
    else errors.push(`${where}: expected an array`);
    return;
  }
  if (!typeRef.startsWith('#')) return;
  const def = objects[typeRef.slice(1)];
  if (!def) return;
  if (v.kind !== 'object') return void errors.push(`${where}: expected an object`);
  for (const [key, x] of v.entries) {
    if (top && BICEP_KEYWORDS.has(key)) continue;
    const p = def.properties?.[key];
    if (p) {
      if (p.flags?.includes('ro')) errors.push(`${where}.${key}: read-only property written`);
      walk(x, p.type, objects, `${where}.${key}`, errors);
    } else if (def.additionalProperties !== undefined) walk(x, def.additionalProperties, objects, `${where}.${key}`, errors);
    else errors.push(`${where}: unknown property "${key}"`);
  }
}
