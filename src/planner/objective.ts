/**
 * The objective, evaluated: the lexicographic comparison of two plans (level 1, priorities first),
 * and the figures a reader compares plans by: the value of the lines funded (level 2), how many
 * lines are funded in full, how many of the most urgent tenth, and the unbroken run of funded lines
 * from the top.
 */
import type { Instance } from './instance.ts';

/** Compares the units funded line by line in rank order: 1 when `a` is better, -1 when `b` is, 0 when equal. */
export function compareLex(inst: Instance, a: readonly (readonly number[])[], b: readonly (readonly number[])[]): -1 | 0 | 1 {
  for (const [t, k] of inst.order) {
    const x = a[t]![k]!;
    const y = b[t]![k]!;
    if (x !== y) return x > y ? 1 : -1;
  }
  return 0;
}

export interface Figures {
  /** USD minor units: the value of the units the plan funds (a package funded whole counts all its lines). */
  valueUsd: number;
  /** Lines funded in full once the plan is carried out (units already paid for count). */
  linesFunded: number;
  /** Of the most urgent tenth of the lines (at least 10), how many are funded in full. */
  topLinesFunded: number;
  topLines: number;
  /** Lines funded in full from rank 1 down, before the first that is not. */
  fundedRun: number;
}

export const topCount = (n: number): number => Math.min(n, Math.max(10, Math.ceil(n / 10)));

export function figures(inst: Instance, units: readonly (readonly number[])[]): Figures {
  let valueUsd = 0;
  let linesFunded = 0;
  let topLinesFunded = 0;
  let fundedRun = 0;
  let unbroken = true;
  const top = topCount(inst.order.length);
  inst.order.forEach(([t, k], i) => {
    const line = inst.targets[t]!.lines[k]!;
    const u = units[t]![k]!;
    valueUsd += u * line.unit;
    const full = u === line.units;
    if (full) linesFunded++;
    if (full && i < top) topLinesFunded++;
    if (full && unbroken) fundedRun++;
    else unbroken = false;
  });
  return { valueUsd, linesFunded, topLinesFunded, topLines: top, fundedRun };
}
