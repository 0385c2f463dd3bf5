/**
 * A tree search for fewer allocations, in exact integers and without the solver. It looks for one
 * *cover* per open target, no pledge in two: the pledges that fund it, whose money reaches its need.
 * When almost all money is spoken for, the covers must waste almost nothing, and that is what this
 * search exploits: with T allocations left for the targets still open, the money their covers can
 * bring is at most the T largest amounts left, so what those exceed the open needs by is a budget of
 * overshoot ("waste") that every cover draws on. Covers are tried fewest pledges first, least waste
 * first, always for the target with fewest covers left (fail first); a branch ends when the budget,
 * the fewest pledges each target still needs, or the money that may not stay idle says no plan of T
 * allocations lies below it.
 *
 * What a pledge can bring a target is the most it can give it in any plan (one exact max-flow per
 * pair, from a routing that carries every need). Targets that share no pledge of consequence
 * (bringing 1% of the need of both) are searched apart, smallest group first, each for its fewest
 * allocations; the largest group is searched last, for the proven bound less what the others took,
 * within a budget of nodes. Every complete set of covers is routed again exactly (routeExactly), so
 * a routing it returns always carries the money. Deterministic: no randomness; the deadline only
 * cuts it short.
 */
import type { Instance } from './instance.ts';
import type { Routing } from './routing.ts';
import { countPieces, routeExactly, type Sinks } from './split-heuristic.ts';

export interface CoverOptions {
  deadline: () => boolean;
  /** Fewest allocations possible (a proven bound). */
  bound: number;
  /** Allocations of the best routing known: the search looks for fewer. */
  best: number;
  /** Per open target, the fewest pledges any plan funds it with (proven by flow tests). */
  least: readonly number[];
}

interface Cover {
  pledges: number[];
  waste: number;
  cost: number;
}

/** Enumeration steps per target and node: the search stays polynomial per node. */
const STEPS_PER_TARGET = 50_000;
/** Covers kept per target and node. */
const COVERS_PER_TARGET = 5_000;
/** Nodes of the tree per group and number of allocations tried: a count it cannot settle within them is left. */
const NODES_PER_LEVEL = 5_000;
/** A pledge links two targets when it can bring each at least this share of its need. */
const LINK_SHARE = 0.01;

export function searchCovers(inst: Instance, s: Sinks, start: Routing, o: CoverOptions): Routing | undefined {
  const R = s.real.length;
  const P = inst.pledges.length;
  const budget = inst.pledges.map((p) => p.budget);
  const need = s.real.map((r) => r.demand);

  if (R === 0) return undefined;
  // What each pledge can bring each target in any plan: the flow when it alone may fund the target,
  // every other need met (money may move to any pledge eligible for it).
  const full = start.clone();
  s.eligible.forEach((e, k) => full.allow(k, e));
  const value: Map<number, number>[] = s.real.map(() => new Map());
  for (let k = 0; k < R; k++) {
    for (const i of s.eligible[k]!) {
      if (o.deadline()) return undefined;
      const trial = full.clone();
      trial.reset(k, [i]);
      const got = trial.augment(k, need[k]!);
      if (got > 0) value[k]!.set(i, Math.min(got, budget[i]!));
    }
  }
  const targetsOf = inst.pledges.map((_, i) => s.real.map((_, k) => k).filter((k) => value[k]!.has(i)));
  // Money that may fund no reserve stays idle unless a cover takes it, and only so much may stay idle.
  const reservable = inst.pledges.map((_, i) => s.eligible.slice(R).some((e) => e.includes(i)));
  const fundsSome = inst.pledges.map((_, i) => s.eligible.some((e) => e.includes(i)));
  const demandAll = [...need, ...s.reserve.map((r) => r.demand)].reduce((a, x) => a + x, 0);
  const idleAllowed = budget.reduce((a, x, i) => a + (fundsSome[i] ? x : 0), 0) - demandAll;

  const used = new Uint8Array(P);
  const done = new Uint8Array(R);
  const covers: number[][] = s.real.map(() => []);
  let idleInCovers = 0;
  let stopped = false;
  let ticks = 0;
  const timeUp = () => stopped || ((++ticks & 63) === 0 && o.deadline() && (stopped = true));

  const idleNow = () => {
    let idle = idleInCovers;
    for (let i = 0; i < P; i++) if (!reservable[i] && fundsSome[i] && !used[i] && targetsOf[i]!.every((k) => done[k])) idle += budget[i]!;
    return idle;
  };
  /** Money of a cover that may fund neither its target nor a reserve. */
  const idleOf = (k: number, c: readonly number[]) => Math.max(0, c.filter((i) => !reservable[i]).reduce((a, i) => a + budget[i]!, 0) - need[k]!);
  /** Unused pledges that only target k may still take and that are too large to stay idle. */
  const forcedInto = (k: number, idleLeft: number) =>
    [...value[k]!.keys()].filter((i) => !used[i] && !reservable[i] && budget[i]! > idleLeft && targetsOf[i]!.every((j) => j === k || done[j]));
  const costOf = (k: number, c: readonly number[]) => (c.length === 1 && !s.hits(c[0]!, k) ? 2 : c.length);

  const place = (k: number, c: number[]) => {
    for (const i of c) used[i] = 1;
    done[k] = 1;
    covers[k] = c;
    idleInCovers += idleOf(k, c);
  };
  const unplace = (k: number) => {
    for (const i of covers[k]!) used[i] = 0;
    done[k] = 0;
    idleInCovers -= idleOf(k, covers[k]!);
    covers[k] = [];
  };

  /**
   * Covers of k from unused pledges with `forced` in each, of lo..hi pledges, wasting at most
   * `waste`, fewest pledges then least waste first (at most `cap` of them). `complete` says whether
   * the list holds every such cover.
   */
  function coversOf(k: number, lo: number, hi: number, waste: number, forced: number[], cap: number): { list: Cover[]; complete: boolean } {
    const list: Cover[] = [];
    const isForced = new Set(forced);
    const free = [...value[k]!].filter(([i]) => !used[i] && !isForced.has(i)).sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    const v = free.map((x) => x[1]);
    const dk = need[k]!;
    const base = forced.reduce((a, i) => a + value[k]!.get(i)!, 0);
    const chosen = [...forced];
    let steps = 0;
    let complete = true;
    /** Keeps the chosen cover; true when the list is full. */
    const take = (w: number) => list.push({ pledges: [...chosen], waste: w, cost: costOf(k, chosen) }) >= cap;
    const gen = (from: number, sum: number, left: number): boolean => {
      if (++steps > STEPS_PER_TARGET) {
        complete = false;
        return true;
      }
      if (left === 1) {
        // The last pledge brings what is missing, and at most `waste` more (v is largest first).
        const missing = dk - sum;
        for (let j = v.length - 1; j >= from; j--) {
          if (v[j]! < missing) continue;
          if (v[j]! - missing > waste) break;
          chosen.push(free[j]![0]);
          const full = take(sum + v[j]! - dk);
          chosen.pop();
          if (full) {
            complete = false;
            return true;
          }
        }
        return false;
      }
      for (let j = from; j <= v.length - left; j++) {
        // Every pledge of a cover is needed: without the last one the sum falls short.
        if (sum + v[j]! >= dk) continue;
        let most = sum;
        for (let n = 0; n < left; n++) most += v[j + n]!;
        if (most < dk) return false;
        chosen.push(free[j]![0]);
        const stop = gen(j + 1, sum + v[j]!, left - 1);
        chosen.pop();
        if (stop) return true;
      }
      return false;
    };
    for (let m = Math.max(lo, forced.length); m <= hi; m++) {
      if (m === forced.length) {
        if (base >= dk && base - dk <= waste) take(base - dk);
        continue;
      }
      if (base >= dk) break;
      if (gen(0, base, m - forced.length)) break;
    }
    list.sort((x, y) => x.cost - y.cost || x.waste - y.waste);
    return { list, complete };
  }

  /**
   * Covers for every target of `group` with at most `T` allocations in all, within `nodes` nodes of
   * the tree; `leaf` has the last word on each complete set.
   */
  function search(group: readonly number[], T: number, nodes: number, leaf: () => boolean): boolean {
    const rec = (spent: number): boolean => {
      if (timeUp() || --nodes < 0) return false;
      const open = group.filter((k) => !done[k]);
      if (open.length === 0) return leaf();
      const idleLeft = idleAllowed - idleNow();
      if (idleLeft < 0) return false;
      const forced = open.map((k) => forcedInto(k, idleLeft));
      // The money the open targets' covers can bring: forced pledges, then the largest others.
      const best = new Map<number, number>();
      for (const k of open) for (const [i, x] of value[k]!) if (!used[i] && x > (best.get(i) ?? 0)) best.set(i, x);
      let forcedSum = 0;
      let forcedCount = 0;
      for (const f of forced) {
        for (const i of f) {
          forcedSum += best.get(i) ?? 0;
          forcedCount++;
          best.delete(i);
        }
      }
      const left = T - spent;
      if (left < forcedCount) return false;
      const amounts = [...best.values()].sort((x, y) => y - x);
      let reach = forcedSum;
      for (let n = 0; n < Math.min(left - forcedCount, amounts.length); n++) reach += amounts[n]!;
      const waste = reach - open.reduce((a, k) => a + need[k]!, 0);
      if (waste < 0) return false;
      // The fewest pledges each open target needs from what is left.
      const least = open.map((k, n) => {
        const f = forced[n]!;
        const rest = [...value[k]!].filter(([i]) => !used[i] && !f.includes(i)).map((x) => x[1]).sort((x, y) => y - x);
        let sum = f.reduce((a, i) => a + value[k]!.get(i)!, 0);
        let q = 0;
        while (sum < need[k]! && q < rest.length) sum += rest[q++]!;
        return sum >= need[k]! ? Math.max(f.length + q, o.least[k]!) : Infinity;
      });
      const leastSum = least.reduce((a, x) => a + x, 0);
      if (spent + leastSum > T) return false;
      // The target with fewest covers within the budget goes first; the least waste each target must
      // cause, summed, must fit the budget too.
      let pick = -1;
      let pickCovers: Cover[] = [];
      let wasteAtLeast = 0;
      for (let n = 0; n < open.length; n++) {
        const hi = T - spent - (leastSum - least[n]!);
        const { list, complete } = coversOf(open[n]!, least[n]!, hi, waste, forced[n]!, pick < 0 ? COVERS_PER_TARGET : pickCovers.length + 1);
        if (list.length === 0) return false;
        if (complete) wasteAtLeast += Math.min(...list.map((c) => c.waste));
        if (pick < 0 || list.length < pickCovers.length) {
          pick = open[n]!;
          pickCovers = list;
        }
      }
      if (wasteAtLeast > waste) return false;
      for (const c of pickCovers) {
        if (spent + c.cost > T) continue;
        place(pick, c.pledges);
        if (rec(spent + c.cost)) return true;
        unplace(pick);
        if (stopped) return false;
      }
      return false;
    };
    return rec(0);
  }

  // Groups of targets that share no pledge of consequence.
  const root = s.real.map((_, k) => k);
  const find = (k: number): number => (root[k] === k ? k : (root[k] = find(root[k]!)));
  for (let i = 0; i < P; i++) {
    const linked = targetsOf[i]!.filter((k) => value[k]!.get(i)! >= LINK_SHARE * need[k]!);
    for (const k of linked.slice(1)) root[find(k)] = find(linked[0]!);
  }
  const byRoot = new Map<number, number[]>();
  for (let k = 0; k < R; k++) byRoot.set(find(k), [...(byRoot.get(find(k)) ?? []), k]);
  const groups = [...byRoot.values()].sort((a, b) => a.length - b.length || a[0]! - b[0]!);
  const last = groups.pop()!;

  // The smaller groups, each for its fewest allocations (counting up from the fewest its targets need).
  let taken = 0;
  for (const g of groups) {
    let T = g.reduce((a, k) => a + o.least[k]!, 0);
    while (!search(g, T, NODES_PER_LEVEL, () => true)) {
      if (stopped || ++T > o.best) return undefined;
    }
    taken += T;
  }
  // The largest group last, for the bound less what the others took.
  let found: Routing | undefined;
  const leaf = () => {
    const r = routeExactly(inst, s, [...covers, ...s.eligible.slice(R)]);
    if (r && countPieces(s, r) < o.best) found = r;
    return found !== undefined;
  };
  const T = Math.max(o.bound - taken, last.reduce((a, k) => a + o.least[k]!, 0));
  return T + taken < o.best && search(last, T, NODES_PER_LEVEL, leaf) ? found : undefined;
}
