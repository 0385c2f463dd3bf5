/**
 * Level 3 of the objective, once levels 1 and 2 are fixed: the fewest allocations that carry the
 * plan's money. A first routing and a lower bound come from split-heuristic.ts; when they meet, the
 * routing is proven optimal without the solver. Otherwise HiGHS solves the model of split-mip.ts
 * within part of the time, starting from the first routing; its shape is routed again in exact
 * integers and kept when it needs fewer allocations. When it is not proven optimal, the tree search
 * of split-covers.ts looks for covers down to the solver's bound, and the local search of
 * split-search.ts spends whatever time is left. The result says whether the count is proven
 * optimal, and gives the best proven bound when the time ran out.
 */
import type { Instance } from './instance.ts';
import type { PriorityResult } from './priority.ts';
import type { Routing } from './routing.ts';
import { countPieces, firstRouting, routeExactly, sinksOf, type Sinks } from './split-heuristic.ts';
import { searchCovers } from './split-covers.ts';
import { improveSplits } from './split-improve.ts';
import { solveSplits } from './split-mip.ts';
import { searchSplits } from './split-search.ts';
import type { Solver } from './solver.ts';

/** The part of the time limit the solver has before the searches take the rest. */
const MIP_SHARE = 0.4;
/** The part of the time left after the solver that the tree search over covers may take. */
const COVER_SHARE = 0.35;

export interface SplitResult {
  sinks: Sinks;
  routing: Routing;
  /** Allocations the plan proposes. */
  count: number;
  /** No plan with the same funding needs fewer than this. */
  bound: number;
  proven: boolean;
  /** How it was settled: 'bound' (the first routing met the lower bound), 'optimal', 'time_limit', ... */
  status: string;
}

export function planSplits(solver: Solver, inst: Instance, pr: PriorityResult, timeLimitMs: number, clock: () => number): SplitResult {
  const started = clock();
  const sinks = sinksOf(inst, pr);
  const improved = improveSplits(inst, sinks, firstRouting(inst, pr, sinks), () => clock() - started > timeLimitMs / 4);
  let routing = improved.routing;
  let count = countPieces(sinks, routing);
  const lb = improved.least.reduce((a, b) => a + b, 0);
  if (count <= lb) return { sinks, routing, count, bound: count, proven: true, status: 'bound' };
  /** Keeps a routing that needs fewer allocations than the best so far. */
  const keepIfFewer = (r: Routing | undefined) => {
    const n = r ? countPieces(sinks, r) : Infinity;
    if (r && n < count) {
      routing = r;
      count = n;
    }
  };
  // The solver first, for its bound (and its routing), within a part of the time; when it does not
  // prove its routing optimal, the two searches use the rest to reach the bound.
  const rest = () => timeLimitMs - (clock() - started);
  const mip = solveSplits(solver, inst, sinks, routing, improved, Math.max(50, Math.min(rest(), timeLimitMs * MIP_SHARE)));
  if (mip.allowed) keepIfFewer(routeExactly(inst, sinks, mip.allowed));
  const proven = Math.max(lb, mip.bound);
  if (count > proven && rest() > 0) {
    // The tree search over covers first, within a share of the time left (it settles what the
    // solver's bound asks, or gives up), then the local search with the rest.
    const until = rest() * (1 - COVER_SHARE);
    keepIfFewer(searchCovers(inst, sinks, routing, { deadline: () => rest() <= until, bound: proven, best: count, least: improved.least }));
  }
  if (count > proven && rest() > 0) keepIfFewer(searchSplits(inst, sinks, routing, { deadline: () => rest() <= 0, bound: proven }));
  const bound = Math.min(count, proven);
  return { sinks, routing, count, bound, proven: count <= bound, status: count <= bound && !mip.proven ? 'search' : mip.status };
}
