/** One row of the `npm run bench` table. */
export interface BenchRow {
  area: string;
  case: string;
  /** e.g. "< 10 ms"; empty when there is no target. */
  target: string;
  /** Measured value, already formatted (e.g. "3.21 ms"). */
  measured: string;
  /** true/false against the target, null when informational. */
  ok: boolean | null;
}

export type Bench = () => Promise<BenchRow[]> | BenchRow[];

/** Runs fn `runs` times after `warmup` calls; returns sorted durations in ms. */
export function sample(fn: () => unknown, runs = 50, warmup = 5): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b);
}

export async function sampleAsync(fn: () => Promise<unknown>, runs = 5, warmup = 1): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b);
}

export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
export const ms = (v: number) => `${v.toFixed(v < 10 ? 2 : 1)} ms`;
