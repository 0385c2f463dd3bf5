/**
 * The baseline a spreadsheet would give: walk the list in priority order and spend the first
 * eligible money, pledge by pledge in the order they were announced, never moving money already
 * spent. It obeys the same rules as the planner (earmarks, whole packages, whole units, never more
 * than the need), so its result is a feasible plan, and the planner's is never worse.
 */
import { demandOf, unitsValue, unitsWithin } from './demand.ts';
import type { Instance } from './instance.ts';

export interface GreedyResult {
  units: number[][];
  demand: number[];
  /** Money moved, as [pledge, target, USD minor units]. */
  pieces: [number, number, number][];
}

export function greedyPlan(inst: Instance): GreedyResult {
  const { targets } = inst;
  const left = inst.pledges.map((p) => p.budget);
  const byIndex = inst.classes.map((c) => [...c].sort((a, b) => a - b));
  const units = targets.map((t) => t.lines.map(() => 0));
  const demand = targets.map(() => 0);
  const decided = new Set<number>();
  const pieces: [number, number, number][] = [];

  const spend = (ti: number, amount: number) => {
    let rest = amount;
    for (const i of byIndex[targets[ti]!.cls]!) {
      if (rest === 0) break;
      const d = Math.min(rest, left[i]!);
      if (d <= 0) continue;
      left[i]! -= d;
      rest -= d;
      pieces.push([i, ti, d]);
    }
  };

  const visit = (ti: number, k: number) => {
    const t = targets[ti]!;
    const free = byIndex[t.cls]!.reduce((s, i) => s + left[i]!, 0);
    if (t.whole) {
      if (decided.has(ti)) return;
      decided.add(ti);
      if (free < t.gap) return;
      t.lines.forEach((l, j) => (units[ti]![j] = l.units));
      spend(ti, t.gap);
      demand[ti] = t.gap;
      return;
    }
    const y = unitsWithin(t, k, unitsValue(t, units[ti]!), demand[ti]!, free);
    if (y === 0) return;
    units[ti]![k] = y;
    const after = demandOf(t, units[ti]!);
    spend(ti, after - demand[ti]!);
    demand[ti] = after;
  };

  const required = new Set(inst.required.map(([t, k]) => `${t}:${k}`));
  for (const [ti, k] of inst.required) visit(ti, k);
  for (const [ti, k] of inst.order) if (!required.has(`${ti}:${k}`)) visit(ti, k);
  return { units, demand, pieces };
}
