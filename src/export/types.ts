/** Shapes shared by the exporters and their registry. */
import type { Design } from '../model/schema';
import type { ExportOptions } from './apiVersions';

export interface MultiFileExport {
  /** relative path -> file text (LF, trailing newline); keys sorted, main entry point first */
  files: Record<string, string>;
}

export type ExportFormatId = 'bicep' | 'arm' | 'powershell' | 'cli' | 'terraform';

export interface ExportFormat {
  id: ExportFormatId;
  label: string;
  /** file name of the single-text view (or of the entry point of a multi-file export) */
  fileName: string;
  /** Prism language id for syntax highlighting */
  language: string;
  /** the export is several files (Bicep modules, Terraform): write them to a directory or a zip */
  multiFile?: boolean;
  /** the single text (a multi-file export joins its files with a header per file) */
  run: (design: Design, options?: ExportOptions) => string;
  /** the files of a multi-file export */
  runFiles?: (design: Design, options?: ExportOptions) => MultiFileExport;
}
