/**
 * Applying a quick fix. The engine's `applyFix` (src/engine/applyFix.ts) is the one implementation
 * shared by UI, CLI and tests; until it lands this applies the fix's ops, which is what a fix is.
 */
import type { Fix } from '../engine/types';
import { applyOps } from '../model/ops';
import type { Design } from '../model/schema';

export function applyFixToDesign(design: Design, fix: Fix): Design {
  return applyOps(design, fix.ops);
}
