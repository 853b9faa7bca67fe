/**
 * Where the read-only contracts live: `../shared` beside the repository (CI checks it out there). Tests
 * that need it skip, saying so, when it is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED_DIR = path.resolve(REPO_ROOT, '../shared');
export const SCHEMAS_DIR = path.join(SHARED_DIR, 'schemas');
export const hasSharedSchemas = existsSync(path.join(SCHEMAS_DIR, 'arm')) && existsSync(path.join(SCHEMAS_DIR, 'powershell'));

if (!hasSharedSchemas) {
  console.warn(`[schema-checks] ${SCHEMAS_DIR} not found: the ARM / PowerShell / Bicep schema checks are SKIPPED`);
}

export function readSharedJson(relative: string): unknown {
  return JSON.parse(readFileSync(path.join(SCHEMAS_DIR, relative), 'utf8')) as unknown;
}
