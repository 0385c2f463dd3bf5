/**
 * A local search for fewer allocations, in exact integers and without the solver. In the routings
 * that need fewest allocations on the generated instances, no pledge funds two packages: each
 * package takes a few pledges whose money covers its need (subset sums), and what they leave goes
 * to the reserves or stays idle. The search keeps such a *cover* per open target: the pledges that
 * may fund it. A move frees the covers of one or two targets and looks for new ones, from the
 * pledges no other target holds, with fewer allocations in all; each candidate is checked by
 * routing every need exactly through the covers (routeExactly: a max-flow in USD minor units,
 * about 30 us here), so a routing it returns always carries the money. When no move helps, a
 * seeded random move of the same count changes the covers (a plateau step), and the search goes on
 * until the deadline or its step budget. Deterministic for a given seed, deadline and step budget.
 *
 * Covers are enumerated smallest first, each with the least excess over the need first (the last,
 * smallest pledge of a cover is one of the few that just reach the need), and no cover holds a
 * pledge it could do without.
 */
import type { Instance } from './instance.ts';
import type { Routing } from './routing.ts';
import { countPieces, routeExactly, type Sinks } from './split-heuristic.ts';
import { rng } from './rng.ts';

export interface SearchOptions {
  deadline: () => boolean;
  /** Fewest allocations possible (a proven bound): the search stops when it gets there. */
  bound: number;
  seed?: number;
  /** Plateau steps without a better routing before the search gives up. */
  patience?: number;
}

/** Tries per last pledge of a cover: the few smallest that reach the need. */
const LAST_CHOICES = 2;
/** Exact routings tried per neighbourhood before it is given up. */
const TRIES_PER_MOVE = 400;

export function searchSplits(inst: Instance, s: Sinks, start: Routing, o: SearchOptions): Routing {
  const R = s.real.length;
  const budget = inst.pledges.map((p) => p.budget);
  const random = rng(o.seed ?? 1);
  // The pledges that may fund each target, largest first (ties by index, for determinism).
  const byBudget = s.eligible.slice(0, R).map((e) => [...e].sort((a, b) => budget[b]! - budget[a]! || a - b));
  const only = inst.pledges.map((_, i) => {
    const sinks = s.eligible.flatMap((e, k) => (e.includes(i) ? [k] : []));
    return sinks.length === 1 && sinks[0]! < R ? sinks[0]! : -1;
  });
  const cover: number[][] = s.real.map((_, k) => s.eligible[k]!.filter((i) => start.get(i, k) > 0));
  const holders = new Int32Array(budget.length);
  for (const c of cover) for (const i of c) holders[i]!++;

  const cost = (k: number, c: readonly number[]) => (c.length === 1 && !s.hits(c[0]!, k) ? 2 : c.length);
  const route = () => routeExactly(inst, s, [...cover, ...s.eligible.slice(R)]);
  let best = start;
  let bestCount = countPieces(s, start);
  let count = cover.reduce((n, c, k) => n + cost(k, c), 0);

  /**
   * Covers of target k of exactly m pledges from `free` (largest first), calling `visit` on each
   * until it returns true; `shuffle` visits the last pledge's choices in a random order.
   */
  function covers(k: number, all: readonly number[], m: number, shuffle: boolean, visit: (c: number[]) => boolean): boolean {
    // A pledge that may fund k and nothing else (no other target, no reserve) is idle unless k takes
    // it, and almost no money may stay idle: k takes all of them, or only them if they suffice.
    const forced = all.filter((i) => only[i] === k);
    const forcedSum = forced.reduce((a, i) => a + budget[i]!, 0);
    const enough = forcedSum >= s.real[k]!.demand;
    const free = enough ? forced : all.filter((i) => only[i] !== k);
    const need = s.real[k]!.demand - (enough ? 0 : forcedSum);
    const chosen: number[] = enough ? [] : [...forced];
    m -= chosen.length;
    if (m < 1) return false;
    const base = chosen.length;
    const rec = (from: number, sum: number): boolean => {
      const left = m - (chosen.length - base);
      if (left === 1) {
        // The last pledge: the smallest ones that reach the need (free is sorted largest first).
        let j = free.length - 1;
        while (j >= from && budget[free[j]!]! < need - sum) j--;
        const options: number[] = [];
        for (; j >= from && options.length < LAST_CHOICES; j--) options.push(free[j]!);
        if (shuffle && options.length > 1 && random() < 0.5) options.reverse();
        for (const i of options) {
          chosen.push(i);
          const done = visit([...chosen]);
          chosen.pop();
          if (done) return true;
        }
        return false;
      }
      for (let j = from; j <= free.length - left; j++) {
        const i = free[j]!;
        // The best completion takes the next largest pledges; once they fall short, all later do.
        let most = sum;
        for (let n = 0; n < left; n++) most += budget[free[j + n]!]!;
        if (most < need) return false;
        // A cover needs every pledge: with this one the sum must still be short of the need.
        if (sum + budget[i]! >= need) continue;
        chosen.push(i);
        const done = rec(j + 1, sum + budget[i]!);
        chosen.pop();
        if (done) return true;
      }
      return false;
    };
    return rec(0, 0);
  }

  /** Pledges that may fund k and no target outside `group` holds, largest first. */
  const freeFor = (k: number, group: readonly number[], taken: ReadonlySet<number>, shuffle: boolean) => {
    const mine = new Set(group.flatMap((g) => cover[g]!));
    // A plateau step leaves out some of the group's own pledges at random, so that it moves.
    return byBudget[k]!.filter((i) => !taken.has(i) && (holders[i] === 0 || (mine.has(i) && (!shuffle || random() < 0.6))));
  };

  const replace = (group: readonly number[], next: readonly number[][]) => {
    group.forEach((k, n) => {
      for (const i of cover[k]!) holders[i]!--;
      cover[k] = [...next[n]!];
      for (const i of cover[k]!) holders[i]!++;
    });
  };

  /**
   * New covers for the targets of `group` costing `target` allocations in all (or fewer, when
   * `fewer`); the first that routes exactly is applied. Returns whether one was found.
   */
  function move(group: readonly number[], target: number, shuffle: boolean): boolean {
    const old = group.map((k) => cover[k]!);
    const next: number[][] = [];
    const taken = new Set<number>();
    let found = false;
    let spent = 0;
    const place = (n: number, left: number): boolean => {
      if (spent >= TRIES_PER_MOVE || o.deadline()) return true;
      if (n === group.length) {
        if (shuffle && next.every((c, g) => c.length === old[g]!.length && c.every((i) => old[g]!.includes(i)))) return false;
        spent++;
        replace(group, next);
        const r = route();
        if (r) {
          found = true;
          const pieces = countPieces(s, r);
          if (pieces < bestCount) {
            best = r;
            bestCount = pieces;
          }
          return true;
        }
        replace(group, old);
        return false;
      }
      const k = group[n]!;
      const free = freeFor(k, group, taken, shuffle);
      const restLeast = group.slice(n + 1).length;
      for (let m = 1; m <= Math.min(4, left - restLeast); m++) {
        const done = covers(k, free, m, shuffle, (c) => {
          const cst = cost(k, c);
          if (cst > left - restLeast) return false;
          next.push(c);
          for (const i of c) taken.add(i);
          const d = place(n + 1, left - cst);
          for (const i of c) taken.delete(i);
          next.pop();
          return d;
        });
        if (done) return true;
      }
      return false;
    };
    place(0, target);
    return found;
  }

  const targets = s.real.map((_, k) => k);
  const pairs: [number, number][] = [];
  for (let a = 0; a < R; a++) for (let b = a + 1; b < R; b++) if (s.eligible[a]!.some((i) => s.eligible[b]!.includes(i))) pairs.push([a, b]);
  const groupCost = (g: readonly number[]) => g.reduce((n, k) => n + cost(k, cover[k]!), 0);
  const patience = o.patience ?? 2000;
  // The starting covers must carry the money themselves (they do when they come from a routing).
  if (!route()) return best;

  let calm = 0;
  // After a plateau step only the groups holding a target it changed are tried again, with a full
  // pass every tenth step (money it freed may help any target).
  let changed: readonly number[] | null = null;
  while (bestCount > o.bound && calm < patience && !o.deadline()) {
    let better = false;
    const full = changed === null || calm % 10 === 0;
    for (const k of targets) if (move([k], groupCost([k]) - 1, false)) better = true;
    for (const g of pairs) if ((full || g.some((k) => changed!.includes(k))) && move(g, groupCost(g) - 1, false)) better = true;
    const now = cover.reduce((n, c, k) => n + cost(k, c), 0);
    if (now < count) {
      count = now;
      calm = 0;
    }
    if (better) {
      changed = null;
      continue;
    }
    // A plateau step: a random pair of targets takes other covers of the same count.
    calm++;
    const g = pairs[Math.floor(random() * pairs.length)];
    changed = g && move(g, groupCost(g), true) ? g : [];
  }
  return best;
}
