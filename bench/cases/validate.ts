/**
 * `validate` (every rule, reachability included) on large estates, against `JSON.parse` of the same
 * design text measured in the same run. Each timed `validate` gets a fresh design object (parsed from
 * the text outside the timer), so the per-design memo caches never carry over between runs.
 */
import type { Design } from '../../src/model/schema';
import { validate } from '../../src/engine/validate';
import { hubMesh, hubWithSpokes, unpeeredVnets } from '../../test/generators';
import { medianMs, round, type BenchLine } from '../util';

const WARMUP = 3;
const RUNS = 15;

function measure(name: string, design: Design): BenchLine {
  const text = JSON.stringify(design);
  const parseMs = medianMs(() => JSON.parse(text), { warmup: WARMUP, runs: RUNS });
  const copies: Design[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) copies.push(JSON.parse(text) as Design);
  let next = 0;
  const validateMs = medianMs(() => validate(copies[next++] as Design), { warmup: WARMUP, runs: RUNS });
  return { case: `validate:${name}`, medianMs: validateMs, ratio: round(validateMs / Math.max(parseMs, 0.001)) };
}

export default async function run(): Promise<BenchLine[]> {
  return [
    measure('hub1000-isolated', hubWithSpokes(1000)),
    measure('hub1000-firewall', hubWithSpokes(1000, { viaFirewall: true })),
    measure('mesh10x50-firewall', hubMesh(10, 50, { viaFirewall: true })),
    measure('unpeered5000', unpeeredVnets(5000, 42)),
  ];
}
