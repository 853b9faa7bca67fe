/**
 * The one way a quick fix is applied, by the UI, the CLI and the tests: a fix is data (`{ title, ops }`)
 * and applying it is applying its operations.
 */
import { applyOps } from '../model/ops';
import type { Design } from '../model/schema';
import type { Fix } from './types';

export function applyFix(design: Design, fix: Fix): Design {
  return applyOps(design, fix.ops);
}
