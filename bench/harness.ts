/**
 * A tiny benchmark harness. Each benchmark measures its subject and a baseline in the same run and
 * prints the figure as a ratio to that baseline, so a figure means the same on a fast or a slow or a
 * busy machine. Medians of several rounds; no assertions (tests never assert timings).
 */
export interface BenchResult {
  name: string;
  /** What the ratio means, e.g. "commands/s relative to plain INSERTs of the same rows". */
  unit: string;
  subject: number;
  baseline: number;
  ratio: number;
  note?: string;
}

export interface Benchmark {
  name: string;
  run(): Promise<BenchResult[]>;
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Wall time of `fn` in milliseconds. */
export async function timeMs(fn: () => Promise<unknown>): Promise<number> {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

export function printResults(results: BenchResult[]): void {
  for (const r of results) {
    console.log(
      `${r.name.padEnd(48)} ratio ${r.ratio.toFixed(3).padStart(8)}   (${r.subject.toFixed(1)} vs baseline ${r.baseline.toFixed(1)} ${r.unit})${r.note ? `  ${r.note}` : ''}`,
    );
  }
}
