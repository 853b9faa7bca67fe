/**
 * `validate` (every rule, reachability included) on large estates, against `JSON.parse` of the same
 * design text measured in the same run. Each timed `validate` gets a fresh design object (parsed from
 * the text outside the timer), so the per-design memo caches never carry over between runs.
 */
import type { Design } from '../../src/model/schema';
import { validate } from '../../src/engine/validate';
import { hubMesh, hubWithSpokes, unpeeredVnets } from '../../test/generators';
import { round, type BenchLine } from '../util';

const WARMUP = 8;
const RUNS = 21;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/**
 * Parse and validate runs are interleaved (parse, validate, parse, validate, ...), so both medians
 * see the same machine load: the ratio stays meaningful on a busy machine.
 */
function measure(name: string, design: Design): BenchLine {
  const text = JSON.stringify(design);
  const copies: Design[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) copies.push(JSON.parse(text) as Design);
  const parse: number[] = [];
  const check: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    let t0 = performance.now();
    JSON.parse(text);
    const p = performance.now() - t0;
    t0 = performance.now();
    validate(copies[i] as Design);
    const v = performance.now() - t0;
    if (i >= WARMUP) {
      parse.push(p);
      check.push(v);
    }
  }
  const validateMs = median(check);
  return { case: `validate:${name}`, medianMs: round(validateMs), ratio: round(validateMs / Math.max(median(parse), 0.001)) };
}

export default async function run(): Promise<BenchLine[]> {
  // JIT warm-up on small designs of every shape, so the first case is not measured on cold code
  for (let i = 0; i < 20; i++) {
    for (const d of [hubWithSpokes(100), hubWithSpokes(100, { viaFirewall: true }), hubMesh(3, 20, { viaFirewall: true }), unpeeredVnets(300, i)]) validate(d);
  }
  return [
    measure('hub1000-isolated', hubWithSpokes(1000)),
    measure('hub1000-firewall', hubWithSpokes(1000, { viaFirewall: true })),
    measure('mesh10x50-firewall', hubMesh(10, 50, { viaFirewall: true })),
    measure('unpeered5000', unpeeredVnets(5000, 42)),
  ];
}
