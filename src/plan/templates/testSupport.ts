/** Shared by the template tests: the findings a generated design may carry. */
import { validate } from '../../engine/validate';
import { analyseReachability, reachCell } from '../../engine/reach';
import type { Design } from '../../model/schema';

/** Error and warning findings, except TRANSIT_GAP when the spokes are meant to be isolated. */
export function unexpectedFindings(design: Design, isolatedSpokes: boolean): string[] {
  return validate(design)
    .filter((f) => f.severity !== 'info')
    .filter((f) => !(isolatedSpokes && f.code === 'TRANSIT_GAP'))
    .map((f) => `${f.code}: ${f.message}`);
}

/** Ordered VNet pairs (by name) that do not fully reach each other, by the engine's reachability matrix. */
export function unreachablePairs(design: Design): string[] {
  const { matrix } = analyseReachability(design);
  const out: string[] = [];
  matrix.nodes.forEach((a, i) => {
    matrix.nodes.forEach((b, j) => {
      if (i !== j && a.kind === 'vnet' && b.kind === 'vnet' && reachCell(matrix, i, j) !== 'reach') out.push(`${a.name} -> ${b.name}`);
    });
  });
  return out;
}
