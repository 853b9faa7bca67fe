#!/usr/bin/env node
// The `vnet-designer` command: registers tsx's ESM loader so the TypeScript CLI runs without a build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
await main();
