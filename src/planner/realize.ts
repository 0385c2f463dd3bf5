/**
 * From USD to the pledge's own money. The plan routes USD minor units; an allocation is made in the
 * pledge's currency and valued by the allocation command at the dated rate with one half-to-even
 * rounding (convertVia). So each piece becomes the largest amount whose USD value does not pass the
 * piece's USD (never more than the need), the pledge's total is kept within what it has left, and
 * each package's shortfall of a few cents (a euro cent is worth 1.17 US cents, so not every USD
 * amount has an exact euro price) is closed exactly where the rounding allows: by a cent or two more
 * on the package's pieces, or, failing that, by a small extra allocation from a pledge with money
 * left. What cannot be closed is reported as the package's rounding shortfall; nothing is ever
 * rounded up past a package's price or a pledge's amount, so the command accepts every allocation.
 */
import { convertVia, type FxRate } from '../domain/fx.ts';
import type { Instance } from './instance.ts';
import type { Routing } from './routing.ts';
import type { Sinks } from './split-heuristic.ts';

export interface RealPiece {
  pledge: number;
  target: number;
  /** In the pledge's currency. */
  amount: bigint;
  /** Its USD value as the allocation command will compute it. */
  usd: bigint;
  fx: FxRate[];
  /** Added only to close a rounding gap. */
  topUp: boolean;
}

export interface Realized {
  pieces: RealPiece[];
  /** Per target index with a shortfall: USD minor units the pieces fall short of the plan by. */
  shortfall: Map<number, bigint>;
  /** Allocations added only to close a rounding gap. */
  extra: number;
}

type Conv = (a: bigint) => bigint;

function converter(rates: readonly FxRate[], inst: Instance, i: number): { conv: Conv; fx: FxRate[] } {
  const p = inst.pledges[i]!;
  const probe = convertVia(rates, { minor: p.remainingMinor, currency: p.currency }, 'USD', inst.asOf)!;
  const conv: Conv = (a) => (a === 0n ? 0n : convertVia(rates, { minor: a, currency: p.currency }, 'USD', inst.asOf)!.money.minor);
  return { conv, fx: probe.rates };
}

/** The largest a in [0, cap] with conv(a) <= v (conv is non-decreasing). */
function largestWithin(conv: Conv, v: bigint, cap: bigint, hint: bigint): bigint {
  let lo = 0n;
  let hi = cap;
  let a = hint < 0n ? 0n : hint > cap ? cap : hint;
  // Start next to the proportional guess; fall back to bisection if it is far off.
  for (let step = 0; step < 8; step++) {
    if (conv(a) > v) {
      hi = a - 1n;
      a = a - 1n;
    } else if (a < cap && conv(a + 1n) <= v) {
      lo = a + 1n;
      a = a + 1n;
    } else return a;
    if (a < 0n) return 0n;
  }
  while (lo < hi) {
    const mid = (lo + hi + 1n) / 2n;
    if (conv(mid) <= v) lo = mid;
    else hi = mid - 1n;
  }
  return lo;
}

/** Picks at most one small increase per piece so the gains sum to `d` exactly, or as near below as they can. */
function closeGap(gains: bigint[][], d: bigint): number[] {
  const D = Number(d);
  // best[s] = choice per piece reaching gain s; small numbers (a few cents) only.
  let reach = new Map<number, number[]>([[0, []]]);
  for (const options of gains) {
    const next = new Map<number, number[]>();
    for (const [s, picks] of reach) {
      options.forEach((g, delta) => {
        const t = s + Number(g);
        if (t <= D && !next.has(t)) next.set(t, [...picks, delta]);
      });
    }
    reach = next;
  }
  const best = Math.max(...reach.keys());
  return reach.get(best)!;
}

export function realize(inst: Instance, sinks: Sinks, routing: Routing): Realized {
  const convs = inst.pledges.map((_, i) => converter(inst.rates, inst, i));
  const left = inst.pledges.map((p) => p.remainingMinor);
  const pieces: RealPiece[] = [];
  const shortfall = new Map<number, bigint>();
  let extra = 0;
  const ratio = (i: number, v: number) => (BigInt(v) * inst.pledges[i]!.remainingMinor) / BigInt(Math.max(1, inst.pledges[i]!.budget));

  sinks.real.forEach((sink, k) => {
    const mine: RealPiece[] = [];
    for (const i of routing.eligible[k]!) {
      const v = routing.get(i, k);
      if (v <= 0) continue;
      const { conv, fx } = convs[i]!;
      const a = largestWithin(conv, BigInt(v), left[i]!, ratio(i, v));
      if (a === 0n) continue;
      left[i]! -= a;
      mine.push({ pledge: i, target: sink.target, amount: a, usd: conv(a), fx, topUp: false });
    }
    let gap = BigInt(sink.demand) - mine.reduce((s, p) => s + p.usd, 0n);
    // A gap of more than a few cents is not rounding; it is left as it is (and reported).
    if (gap > 0n && gap <= 10_000n) {
      const gains = mine.map((p) => {
        const { conv } = convs[p.pledge]!;
        const opts = [0n];
        for (let delta = 1n; delta <= 3n && delta <= left[p.pledge]!; delta++) opts.push(conv(p.amount + delta) - p.usd);
        return opts;
      });
      closeGap(gains, gap).forEach((delta, n) => {
        if (delta === 0) return;
        const p = mine[n]!;
        left[p.pledge]! -= BigInt(delta);
        p.amount += BigInt(delta);
        const now = convs[p.pledge]!.conv(p.amount);
        gap -= now - p.usd;
        p.usd = now;
      });
    }
    if (gap > 0n) {
      // A small extra allocation from any pledge that may fund the target and whose rounding can hit the gap exactly.
      for (const i of sinks.eligible[k]!) {
        const { conv, fx } = convs[i]!;
        const a = largestWithin(conv, gap, left[i]!, 0n);
        if (a === 0n || conv(a) !== gap) continue;
        const same = mine.find((p) => p.pledge === i);
        if (same) {
          const now = conv(same.amount + a);
          if (now - same.usd !== gap) continue;
          same.amount += a;
          same.usd = now;
        } else {
          mine.push({ pledge: i, target: sink.target, amount: a, usd: gap, fx, topUp: true });
          extra++;
        }
        left[i]! -= a;
        gap = 0n;
        break;
      }
    }
    if (gap > 0n) shortfall.set(sink.target, gap);
    pieces.push(...mine);
  });
  return { pieces, shortfall, extra };
}
