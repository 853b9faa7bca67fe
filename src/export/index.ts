/** Public entry points of the exporters. */
export { toArmTemplate, armTemplateObject } from './arm';
export { toBicep, toBicepFiles } from './bicep';
export { toPowerShell } from './powershell';
export { toAzureCli } from './azureCli';
export { toTerraform, toTerraformFiles } from './terraform';
export { EXPORT_FORMATS, EXPORT_FORMAT_IDS, findExportFormat } from './registry';
export type { ExportFormat, ExportFormatId, MultiFileExport } from './types';
export type { ExportOptions, ApiVersions } from './apiVersions';
export { DEFAULT_API_VERSIONS } from './apiVersions';
