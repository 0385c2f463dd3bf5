/**
 * The planner's objective by brute force, for tiny instances: every choice of units (whole packages
 * all or nothing), kept when the money can carry it (Gale's condition: every set of targets needs no
 * more than the pledges that may fund any of them hold), the lexicographic best by rank; and the
 * fewest allocations for given needs, over every set of (pledge, open target) pairs. Nothing here
 * uses the planner's flows, so agreement means something.
 */
import type { Instance } from '../../src/planner/instance.ts';
import { demandOf } from '../../src/planner/demand.ts';

/** Gale's condition over sinks with demands and the pledges each may use. */
export function carries(budgets: readonly number[], sinks: readonly { demand: number; pledges: readonly number[] }[]): boolean {
  const live = sinks.filter((s) => s.demand > 0);
  for (let mask = 1; mask < 1 << live.length; mask++) {
    let need = 0;
    const reach = new Set<number>();
    live.forEach((s, n) => {
      if (!(mask & (1 << n))) return;
      need += s.demand;
      s.pledges.forEach((i) => reach.add(i));
    });
    let have = 0;
    reach.forEach((i) => (have += budgets[i]!));
    if (need > have) return false;
  }
  return true;
}

function choices(inst: Instance): number[][][] {
  let all: number[][][] = [[]];
  for (const t of inst.targets) {
    const options: number[][] = [];
    if (t.whole) options.push(t.lines.map(() => 0), t.lines.map((l) => l.units));
    else {
      let partial: number[][] = [[]];
      for (const l of t.lines) partial = partial.flatMap((p) => Array.from({ length: l.units + 1 }, (_, u) => [...p, u]));
      options.push(...partial);
    }
    all = all.flatMap((a) => options.map((o) => [...a, o]));
  }
  return all;
}

const better = (inst: Instance, a: number[][], b: number[][]): boolean => {
  for (const [t, k] of inst.order) if (a[t]![k] !== b[t]![k]) return a[t]![k]! > b[t]![k]!;
  return false;
};

/** The lexicographically best feasible units (level 1 of the objective). */
export function bruteLex(inst: Instance): number[][] {
  const budgets = inst.pledges.map((p) => p.budget);
  let best: number[][] | null = null;
  for (const units of choices(inst)) {
    const sinks = inst.targets.map((t, ti) => ({ demand: demandOf(t, units[ti]!), pledges: inst.classes[t.cls]! }));
    if (!carries(budgets, sinks)) continue;
    if (best === null || better(inst, units, best)) best = units;
  }
  return best!;
}

/**
 * The fewest allocations that carry given needs: open targets through chosen (pledge, target) pairs,
 * the money set aside for the others through any pledge that may fund them; a lone pledge that cannot
 * hit an exact target's price to the cent costs one more (`hits`).
 */
export function brutePieces(
  inst: Instance,
  demand: readonly number[],
  hits: (pledge: number, target: number) => boolean,
): number {
  const budgets = inst.pledges.map((p) => p.budget);
  const open = inst.targets.map((t, ti) => ti).filter((ti) => inst.targets[ti]!.open && demand[ti]! > 0);
  const pairs = open.flatMap((ti) => inst.classes[inst.targets[ti]!.cls]!.map((i) => [i, ti] as const));
  const others = inst.targets.map((t, ti) => ti).filter((ti) => !inst.targets[ti]!.open && demand[ti]! > 0);
  let best = Infinity;
  for (let mask = 0; mask < 1 << pairs.length; mask++) {
    const chosen = pairs.filter((_, n) => mask & (1 << n));
    const sinks = [
      ...open.map((ti) => ({ demand: demand[ti]!, pledges: chosen.filter(([, t]) => t === ti).map(([i]) => i) })),
      ...others.map((ti) => ({ demand: demand[ti]!, pledges: inst.classes[inst.targets[ti]!.cls]! })),
    ];
    if (!carries(budgets, sinks)) continue;
    let cost = chosen.length;
    for (const ti of open) {
      const mine = chosen.filter(([, t]) => t === ti);
      if (mine.length === 1 && !hits(mine[0]![0], ti)) cost++;
    }
    best = Math.min(best, cost);
  }
  return best;
}
