/**
 * `importAny(text)`: the entry point for every file the CLI and the UI accept. It recognises the
 * project's design JSON, Azure resource listings (az CLI, REST, Resource Graph, Azure PowerShell's
 * ConvertTo-Json) and ARM deployment templates, and never throws: it returns a design plus a report of
 * what it skipped and why.
 */
import { formatSchemaErrors, parseDesign } from '../model/parse';
import { importArmTemplate } from './arm';
import { readArmParameters } from './arm/parametersFile';
import { importTerraformShow, isTerraformShow } from './terraform/show';
import { isObject } from './azure/access';
import { collectResources, describeBareProperties, importAzureResources, isRestShape } from './azure';
import { depthCutMessage, findDepthCut, isPowerShellShape } from './azure/powershell';
import { failedImport } from './finalize';
import { readJson } from './json';
import type { ImportFormat, ImportReport, ImportResult } from './types';

export type { ImportFormat, ImportReport, ImportResult, SkippedItem } from './types';

export interface ImportOptions {
  /** text of an ARM parameters file (or a compiled .bicepparam), for a template's parameters */
  parameters?: string;
  /** how to name the parameters in messages, e.g. its file name */
  parametersSource?: string;
}

const FORMAT_LABELS: Record<ImportFormat, string> = {
  design: 'VNet Peering Designer design',
  'azure-cli': 'Azure CLI output (az network ... list -o json)',
  'azure-rest': 'Azure REST / Resource Graph output',
  'azure-powershell': 'Azure PowerShell output (Get-AzVirtualNetwork | ConvertTo-Json -Depth 10)',
  'arm-template': 'ARM deployment template',
  terraform: 'Terraform state or plan (terraform show -json)',
  unknown: 'unknown',
};

const DESIGN_NAMES = {
  'azure-cli': 'Imported from Azure CLI',
  'azure-rest': 'Imported from Azure REST',
  'azure-powershell': 'Imported from Azure PowerShell',
} as const;

export function describeFormat(format: ImportFormat): string {
  return FORMAT_LABELS[format];
}

export function detectFormat(value: unknown): ImportFormat {
  if (isObject(value)) {
    const schema = value['$schema'];
    if (typeof schema === 'string' && /deploymentTemplate\.json/i.test(schema)) return 'arm-template';
    if (Array.isArray(value['resources']) && ('contentVersion' in value || '$schema' in value)) return 'arm-template';
    if ('version' in value && !('resources' in value) && !('type' in value)) return 'design';
    if (isTerraformShow(value)) return 'terraform';
  }
  const items = collectResources(value);
  if (items) {
    if (isRestShape(items)) return 'azure-rest';
    return isPowerShellShape(items) ? 'azure-powershell' : 'azure-cli';
  }
  return 'unknown';
}

function importValue(value: unknown, options: ImportOptions): ImportResult {
  const format = detectFormat(value);
  const report: ImportReport = { format, skipped: [], notes: [] };
  let parameters: Map<string, unknown> | undefined;
  if (options.parameters !== undefined && options.parameters.trim() !== '') {
    const source = options.parametersSource ?? 'the parameters file';
    if (format !== 'arm-template') return failedImport(report, `parameters (${source}) apply to an ARM template only; this input is ${FORMAT_LABELS[format]}`);
    const read = readArmParameters(options.parameters, source);
    if (!read.ok) return failedImport(report, read.errors[0] ?? 'the parameters cannot be read');
    parameters = read.value.values;
    for (const s of read.value.skipped) report.skipped.push(s);
  }
  switch (format) {
    case 'design': {
      const parsed = parseDesign(value);
      return parsed.ok ? { ok: true, design: parsed.value, report } : failedImport(report, `not a valid design: ${formatSchemaErrors(parsed.errors)}`);
    }
    case 'arm-template':
      return importArmTemplate(value, report, parameters ? { parameters } : {});
    case 'terraform':
      return importTerraformShow(value, report);
    case 'azure-powershell': {
      // ConvertTo-Json without -Depth loses every nested object: refuse rather than import a husk
      const cut = findDepthCut(value);
      if (cut) return failedImport(report, depthCutMessage(cut));
      return importAzureResources(collectResources(value) ?? [], report, DESIGN_NAMES[format]);
    }
    case 'azure-cli':
    case 'azure-rest':
      return importAzureResources(collectResources(value) ?? [], report, DESIGN_NAMES[format]);
    case 'unknown': {
      const schema = isObject(value) ? value['$schema'] : undefined;
      if (typeof schema === 'string' && /deploymentParameters\.json/i.test(schema)) {
        return failedImport(report, 'this is an ARM parameters file: import the template itself');
      }
      const bare = describeBareProperties(value);
      if (bare) return failedImport(report, bare);
      return failedImport(
        report,
        'not a recognised format: expected a design file (with "version"), an ARM template, terraform show -json output, or az CLI / REST / Resource Graph / Azure PowerShell JSON of virtual networks',
      );
    }
  }
}

export function importAny(text: string, options: ImportOptions = {}): ImportResult {
  const json = readJson(text);
  if (!json.ok) return failedImport({ format: 'unknown', skipped: [], notes: [] }, json.errors[0] ?? 'unreadable input');
  try {
    return importValue(json.value, options);
  } catch (e) {
    // importers handle bad input themselves; this is the last guard so the promise "never throws" holds
    return failedImport({ format: detectFormatSafe(json.value), skipped: [], notes: [] }, `import failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function detectFormatSafe(value: unknown): ImportFormat {
  try {
    return detectFormat(value);
  } catch {
    return 'unknown';
  }
}
