/** Shared timing helpers for `npm run bench`: medians over repeated runs, after a warm-up. */
export interface BenchLine {
  case: string;
  [figure: string]: string | number | boolean;
}

export function medianMs(fn: () => unknown, { warmup = 3, runs = 15 } = {}): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return round(times[Math.floor(times.length / 2)] ?? 0);
}

export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
