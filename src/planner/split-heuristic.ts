/**
 * Level 3 of the objective, fewest allocations, without the solver: the sinks, a good first routing,
 * a lower bound, and the exact check of any routing's shape. Money for packages open for funding
 * becomes allocations, so each (pledge, package) pair with money is one allocation and counts; money
 * for drafts and unpackaged lines is only reserved (nothing is allocated), so it is routed by
 * eligibility class and counts nothing.
 */
import type { Instance } from './instance.ts';
import type { PriorityResult } from './priority.ts';
import { Routing } from './routing.ts';

export interface Sinks {
  /** Open targets with new money: target index and demand. */
  real: { target: number; demand: number }[];
  /**
   * Per open target: may pledge i alone pay its need exactly? Always, unless the target must reach
   * its price to the cent (its need is its whole gap) and no amount of i's currency converts to that
   * USD figure exactly (a euro cent is worth more than a US cent, so some figures have no euro
   * price); then one more allocation is needed to close the gap, and the count says so.
   */
  hits(i: number, k: number): boolean;
  /** Reserved money per eligibility class (drafts and lines in no package). */
  reserve: { cls: number; demand: number }[];
  /** Per sink (real first, then reserve), the pledges that may fund it. */
  eligible: number[][];
}

export function sinksOf(inst: Instance, pr: PriorityResult): Sinks {
  const real: Sinks['real'] = [];
  const reserved = new Map<number, number>();
  inst.targets.forEach((t, ti) => {
    const d = pr.demand[ti]!;
    if (d <= 0) return;
    if (t.open) real.push({ target: ti, demand: d });
    else reserved.set(t.cls, (reserved.get(t.cls) ?? 0) + d);
  });
  const reserve = [...reserved].sort((a, b) => a[0] - b[0]).map(([cls, demand]) => ({ cls, demand }));
  const eligible = [...real.map((r) => inst.classes[inst.targets[r.target]!.cls]!), ...reserve.map((r) => inst.classes[r.cls]!)].map((e) => [...e]);
  const memo = new Map<number, boolean>();
  const hits = (i: number, k: number): boolean => {
    const r = real[k]!;
    if (r.demand !== inst.targets[r.target]!.gap) return true;
    const key = i * real.length + k;
    let v = memo.get(key);
    if (v === undefined) {
      const p = inst.pledges[i]!;
      const d = BigInt(r.demand);
      v = p.usd.toUsd(p.usd.largestWithin(d, p.remainingMinor)) === d;
      memo.set(key, v);
    }
    return v;
  };
  return { real, reserve, eligible, hits };
}

const demands = (s: Sinks): number[] => [...s.real.map((r) => r.demand), ...s.reserve.map((r) => r.demand)];

/**
 * Routes every sink's demand exactly through the pledges allowed per sink (`allowed[k]`, a subset of
 * its eligible pledges), real sinks first. Returns undefined when that shape cannot carry the money.
 */
export function routeExactly(inst: Instance, s: Sinks, allowed: readonly (readonly number[])[]): Routing | undefined {
  const r = new Routing(
    inst.pledges.map((p) => p.budget),
    allowed,
  );
  const d = demands(s);
  for (let k = 0; k < d.length; k++) if (r.augment(k, d[k]!) !== d[k]) return undefined;
  return r;
}

/** Allocations a routing needs: (pledge, open target) pairs with money, and one more wherever a lone pledge cannot hit the price exactly. */
export function countPieces(s: Sinks, r: Routing): number {
  let n = 0;
  s.real.forEach((_, k) => {
    let m = 0;
    let only = -1;
    for (const i of r.eligible[k]!) {
      if (r.get(i, k) <= 0) continue;
      m++;
      only = i;
    }
    n += m === 1 && !s.hits(only, k) ? 2 : m;
  });
  return n;
}

/**
 * A first routing with few allocations, built from the priority pass's money per class: within each
 * class, the largest needs first, each from the single pledge whose money there fits it most tightly,
 * or else from the largest pieces; what is left of the class's money is its reserve.
 */
export function firstRouting(inst: Instance, pr: PriorityResult, s: Sinks): Routing {
  const perClass = new Map<number, number[]>();
  s.real.forEach((r, k) => {
    const c = inst.targets[r.target]!.cls;
    perClass.set(c, [...(perClass.get(c) ?? []), k]);
  });
  const allowed: number[][] = s.eligible.map(() => []);
  const reserveOf = new Map(s.reserve.map((r, k) => [r.cls, s.real.length + k]));
  inst.classes.forEach((eligible, c) => {
    const money = new Map<number, number>();
    for (const i of eligible) {
      const v = pr.routing.get(i, c);
      if (v > 0) money.set(i, v);
    }
    const sinks = (perClass.get(c) ?? []).sort((a, b) => s.real[b]!.demand - s.real[a]!.demand || a - b);
    for (const k of sinks) {
      let rest = s.real[k]!.demand;
      // A lone pledge must hit the price exactly where the target must reach it to the cent.
      const fits = [...money].filter(([i, v]) => v >= rest && s.hits(i, k)).sort((a, b) => a[1] - b[1] || a[0] - b[0]);
      const order = fits.length > 0 ? [fits[0]!] : [...money].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      for (const [i, v] of order) {
        if (rest === 0) break;
        const d = Math.min(v, rest);
        rest -= d;
        money.set(i, v - d);
        if (v - d === 0) money.delete(i);
        allowed[k]!.push(i);
      }
    }
    const rk = reserveOf.get(c);
    if (rk !== undefined) allowed[rk] = [...eligible];
  });
  // The pieces above carry the money exactly; routing through exactly those pledges reproduces them.
  const r = routeExactly(inst, s, allowed);
  if (!r) throw new Error('the first routing does not carry the money it was built from');
  // Then every pledge that may fund a target may again: later tests move money along any path.
  s.real.forEach((_, k) => r.allow(k, s.eligible[k]!));
  return r;
}
