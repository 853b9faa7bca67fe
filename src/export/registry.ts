/**
 * The export formats the UI and the CLI list from. `run` gives one text (a multi-file export joins its
 * files with a header per file, for preview and copy); `runFiles` gives the files to write.
 */
import { toArmTemplate, toArmTemplateFiles } from './arm';
import { toBicep, toBicepFiles } from './bicep';
import { toPowerShell } from './powershell';
import { toAzureCli } from './azureCli';
import { toTerraform, toTerraformFiles } from './terraform';
import type { ExportFormat, ExportFormatId } from './types';

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { id: 'bicep', label: 'Bicep', fileName: 'main.bicep', language: 'bicep', multiFile: true, run: toBicep, runFiles: toBicepFiles },
  // one file unless the design outgrows Azure's template limits: then azuredeploy.json, azuredeploy-2.json, ... deployed in order
  { id: 'arm', label: 'ARM template (JSON)', fileName: 'azuredeploy.json', language: 'json', run: toArmTemplate, runFiles: toArmTemplateFiles },
  { id: 'powershell', label: 'Azure PowerShell', fileName: 'deploy.ps1', language: 'powershell', run: toPowerShell },
  { id: 'cli', label: 'Azure CLI (bash)', fileName: 'deploy.sh', language: 'bash', run: toAzureCli },
  { id: 'terraform', label: 'Terraform (azurerm)', fileName: 'main.tf', language: 'hcl', multiFile: true, run: toTerraform, runFiles: toTerraformFiles },
];

export function findExportFormat(id: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((f) => f.id === id);
}

export const EXPORT_FORMAT_IDS: readonly ExportFormatId[] = EXPORT_FORMATS.map((f) => f.id);
