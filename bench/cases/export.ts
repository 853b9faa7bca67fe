/**
 * Every exporter on the 1,000-spoke design (hub with a gateway and a firewall, spokes using the remote
 * gateway, routes through the firewall): median time and the ratio to `JSON.stringify` of the same
 * design. Target ratio: at most 5. Export and stringify runs alternate, so a busy machine slows both
 * alike. `medianMs` is the export given the design's findings (the UI memoises them per design and the
 * CLI has just computed them); `withValidateMs` also runs `validate` on a fresh copy inside the timer.
 * Every timed export gets a new design object (a shallow copy made before the timer starts, as an edit
 * in the designer makes: a new root sharing the unchanged VNets), so the deployment plan, memoised per
 * design object, is built inside the timer each time: no run reuses another's work.
 */
import type { Design } from '../../src/model/schema';
import { EXPORT_FORMATS } from '../../src/export/registry';
import type { ExportOptions } from '../../src/export/apiVersions';
import { validate } from '../../src/engine/validate';
import { hubWithSpokes } from '../../test/generators';
import { medianMs, round, type BenchLine } from '../util';

const RUNS = 21;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return round(s[Math.floor(s.length / 2)] ?? 0);
}

function timed(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

export default async function run(): Promise<BenchLine[]> {
  const design = hubWithSpokes(1000, { viaFirewall: true });
  const findings = validate(design);
  // `EXPORT_FORMATS=arm,bicep npm run bench -- export` times only those formats.
  const only = process.env['EXPORT_FORMATS']?.split(',').filter((x) => x !== '');
  return EXPORT_FORMATS.filter((f) => !only?.length || only.includes(f.id)).map((f) => {
    const exportOnce = (d: Design, o?: ExportOptions) => f.run(d, o);
    // Warm-up: enough runs for the optimising compiler to settle on both sides of the ratio.
    for (let i = 0; i < 10; i++) {
      JSON.stringify(design);
      exportOnce({ ...design }, { findings });
    }
    const exportMs: number[] = [];
    const stringifyMs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const fresh = { ...design };
      stringifyMs.push(timed(() => JSON.stringify(design)));
      exportMs.push(timed(() => exportOnce(fresh, { findings })));
    }
    const ms = median(exportMs);
    const withValidateMs = medianMs(() => exportOnce(structuredClone(design)), { warmup: 1, runs: 5 });
    return { case: `export:${f.id}`, medianMs: ms, ratio: round(ms / Math.max(median(stringifyMs), 0.001)), withValidateMs };
  });
}
