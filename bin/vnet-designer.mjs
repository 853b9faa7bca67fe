#!/usr/bin/env node
// The `vnet-designer` command. The installed package runs the built JavaScript (build/cli, made by
// `npm run build:cli`, which `npm pack` runs; the package ships no sources). A development checkout runs
// its TypeScript sources through tsx (a devDependency), so a stale build never hides a change.
import { existsSync } from 'node:fs';

const sources = new URL('../src/cli/main.ts', import.meta.url);
const built = new URL('../build/cli/main.js', import.meta.url);
let main;
if (existsSync(sources)) {
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    process.stderr.write('error: a development checkout needs its dev dependencies (npm install), or run `npm run build:cli` and use build/cli/main.js\n');
    process.exit(2);
  }
  register();
  ({ main } = await import(sources.href));
} else if (existsSync(built)) {
  ({ main } = await import(built.href));
} else {
  process.stderr.write('error: vnet-designer is not built: build/cli/main.js is missing (run `npm run build:cli`)\n');
  process.exit(2);
}
await main();
