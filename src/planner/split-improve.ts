/**
 * Sharper than the budget bound, and a better routing. A package that takes money from more pledges
 * than it must is tried with fewer: its money is taken out, only the chosen pledges may fund it, and
 * its need is routed again while every other need is still met (the others' money may move, along
 * augmenting paths). The pledges tried: each single pledge, its funders but one, and pairs. A
 * routing that needs fewer allocations in all is kept.
 *
 * Testing every single pledge also proves facts for the lower bound: if no pledge can pay for a
 * package alone in any plan (to the cent, where the package must reach its price), it needs two
 * allocations at least; and the most a pledge can give a
 * package in any plan tightens the solver's model. Both are exact flow facts.
 */
import type { Instance } from './instance.ts';
import type { Routing } from './routing.ts';
import { countPieces, type Sinks } from './split-heuristic.ts';

export interface Improved {
  routing: Routing;
  /** Per open target, the fewest pledges any plan can fund it with, as far as the tests tell. */
  least: number[];
  /** Per open target, the most each tested pledge can give it in any plan (pledge -> USD minor units). */
  most: Map<number, number>[];
}

function budgetLeast(inst: Instance, s: Sinks, k: number): number {
  const budgets = s.eligible[k]!.map((i) => inst.pledges[i]!.budget).sort((a, b) => b - a);
  let sum = 0;
  let n = 0;
  while (sum < s.real[k]!.demand && n < budgets.length) sum += budgets[n++]!;
  return n;
}

const funders = (r: Routing, k: number) => r.eligible[k]!.filter((i) => r.get(i, k) > 0);

/** Allocations target k needs in routing r: its funders, or two for a lone funder that cannot hit its price exactly. */
function needs(s: Sinks, r: Routing, k: number): number {
  const f = funders(r, k);
  return f.length === 1 && !s.hits(f[0]!, k) ? 2 : f.length;
}

export function improveSplits(inst: Instance, s: Sinks, start: Routing, deadline: () => boolean): Improved {
  let routing = start;
  let count = countPieces(s, routing);
  const least = s.real.map((_, k) => budgetLeast(inst, s, k));
  const most = s.real.map(() => new Map<number, number>());
  const tested = new Set<number>();

  /** Routes sink k through `only` (then lets every eligible pledge fund it again); the routing, or null. */
  const attempt = (k: number, only: number[]): { trial: Routing; got: number } => {
    const trial = routing.clone();
    trial.reset(k, only);
    const got = trial.augment(k, s.real[k]!.demand);
    trial.allow(k, s.eligible[k]!);
    return { trial, got };
  };
  const keepIfBetter = (trial: Routing): boolean => {
    const n = countPieces(s, trial);
    if (n >= count) return false;
    routing = trial;
    count = n;
    return true;
  };

  const order = s.real.map((_, k) => k).sort((a, b) => s.real[b]!.demand - s.real[a]!.demand || a - b);
  for (let round = 0, better = true; better && round < 4; round++) {
    better = false;
    for (const k of order) {
      const demand = s.real[k]!.demand;
      if (needs(s, routing, k) <= least[k]!) continue;
      if (least[k] === 1) {
        let single = false;
        for (const i of s.eligible[k]!) {
          if (deadline()) return { routing, least, most };
          const { trial, got } = attempt(k, [i]);
          if (!tested.has(k)) most[k]!.set(i, got);
          if (got !== demand) continue;
          if (s.hits(i, k)) single = true;
          better = keepIfBetter(trial) || better;
        }
        if (!tested.has(k) && !single) least[k] = 2;
        tested.add(k);
      }
      // One funder fewer: each funder left out in turn, the others (and every other need's money,
      // along augmenting paths) making up its part.
      for (const drop of funders(routing, k)) {
        if (needs(s, routing, k) <= least[k]!) break;
        if (deadline()) return { routing, least, most };
        const { trial, got } = attempt(k, funders(routing, k).filter((i) => i !== drop));
        if (got === demand && keepIfBetter(trial)) better = true;
      }
      // Pairs: each pledge funding it now, or most restricted among those that may, with any other.
      const now = funders(routing, k);
      if (needs(s, routing, k) <= Math.max(2, least[k]!)) continue;
      const anchors = [...new Set([...now, ...s.eligible[k]!.slice(0, 2)])];
      for (const a of anchors) {
        for (const b of s.eligible[k]!) {
          if (b === a) continue;
          if (deadline()) return { routing, least, most };
          const { trial, got } = attempt(k, [a, b]);
          if (got === demand && keepIfBetter(trial)) {
            better = true;
            break;
          }
        }
        if (needs(s, routing, k) <= 2) break;
      }
    }
  }
  return { routing, least, most };
}
