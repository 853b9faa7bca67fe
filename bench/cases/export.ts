/**
 * Every exporter on the 1,000-spoke design (hub with a gateway and a firewall, spokes using the remote
 * gateway, routes through the firewall): median time and the ratio to `JSON.stringify` of the same
 * design measured in the same run. Target ratio: at most 5. `medianMs` is the export given the design's
 * findings; `withValidateMs` includes running `validate` on a fresh copy (structuredClone inside the timer).
 */
import { EXPORT_FORMATS } from '../../src/export/registry';
import { validate } from '../../src/engine/validate';
import { hubWithSpokes } from '../../test/generators';
import { medianMs, round, type BenchLine } from '../util';

export default async function run(): Promise<BenchLine[]> {
  const design = hubWithSpokes(1000, { viaFirewall: true });
  const findings = validate(design);
  const stringifyMs = medianMs(() => JSON.stringify(design), { warmup: 3, runs: 15 });
  return EXPORT_FORMATS.map((f) => {
    // The UI and the CLI hand the exporter the findings they already have (memoised per design); the
    // cost of a fresh `validate` is shown apart as withValidateMs (validate has its own bench case).
    const ms = medianMs(() => f.run(design, { findings }), { warmup: 2, runs: 9 });
    const withValidateMs = medianMs(() => f.run(structuredClone(design)), { warmup: 1, runs: 5 });
    return { case: `export:${f.id}`, medianMs: ms, ratio: round(ms / Math.max(stringifyMs, 0.001)), withValidateMs };
  });
}
