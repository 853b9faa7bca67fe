/**
 * The initial JavaScript and CSS of the production build, gzipped: the entry chunk, every chunk it
 * imports statically (recursively), and their CSS, read from Vite's manifest. Lazy chunks (exporters,
 * Prism, dagre, dialogs) are left out: they load when used. Target: at most 250 KB.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { round, type BenchLine } from '../util';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

export async function buildInitialFiles(outDir: string): Promise<string[]> {
  await build({
    configFile: path.resolve('vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, manifest: true, sourcemap: false },
  });
  const manifest = JSON.parse(readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return [...files];
}

export default async function run(): Promise<BenchLine[]> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'vnet-bundle-'));
  try {
    const files = await buildInitialFiles(outDir);
    let bytes = 0;
    for (const f of files) bytes += gzipSync(readFileSync(path.join(outDir, f)), { level: 9 }).length;
    return [{ case: 'bundle:initial', kb: round(bytes / 1024, 1), files: files.length }];
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
