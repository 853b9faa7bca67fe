/** Shared by the template tests: the findings a generated design may carry. */
import { validate } from '../../engine/validate';
import type { Design } from '../../model/schema';

/** Error and warning findings, except TRANSIT_GAP when the spokes are meant to be isolated. */
export function unexpectedFindings(design: Design, isolatedSpokes: boolean): string[] {
  return validate(design)
    .filter((f) => f.severity !== 'info')
    .filter((f) => !(isolatedSpokes && f.code === 'TRANSIT_GAP'))
    .map((f) => `${f.code}: ${f.message}`);
}
