#!/usr/bin/env node
// Builds what the npm package ships (run by `npm run build:cli`, and by `prepack` before `npm pack` /
// `npm publish`):
//   build/cli/   the `vnet-designer` command as plain JavaScript, every dependency bundled in, so it starts
//               fast and needs neither TypeScript tooling nor any installed package at run time;
//   build/lib/   the pure core as a library (index.js, dependencies external) with its type declarations.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => path.join(root, 'build', p);
rmSync(dist('cli'), { recursive: true, force: true });
rmSync(dist('lib'), { recursive: true, force: true });

const common = { bundle: true, format: 'esm', platform: 'node', target: 'node20', sourcemap: true, legalComments: 'linked', logLevel: 'warning' };

await build({
  ...common,
  entryPoints: { main: path.join(root, 'src/cli/main.ts') },
  outdir: dist('cli'),
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  // a few CommonJS dependencies call require(): give the ESM bundle one
  banner: { js: "import { createRequire as __vnetCreateRequire } from 'node:module'; const require = __vnetCreateRequire(import.meta.url);" },
});

await build({
  ...common,
  entryPoints: { index: path.join(root, 'src/lib.ts') },
  outdir: dist('lib'),
  platform: 'neutral',
  packages: 'external',
});

execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.lib.json')], { stdio: 'inherit' });
console.log('built build/cli and build/lib');
