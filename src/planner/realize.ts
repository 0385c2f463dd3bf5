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
import type { FxRate } from '../domain/fx.ts';
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

/** The small changes tried on each piece: a few minor units less or more. */
const STEPS = [0n, 1n, -1n, 2n, -2n, 3n, -3n];

/**
 * Picks one small change per piece (an index into its options) so the USD gains sum to `d` exactly,
 * or as near below as they can. A gain may be negative: a piece in a currency whose cent is worth
 * more than a US cent may have to go one step up and another piece one cent down.
 */
function closeGap(gains: (bigint | null)[][], d: bigint): number[] {
  const D = Number(d);
  const span = 50;
  let reach = new Map<number, number[]>([[0, []]]);
  for (const options of gains) {
    const next = new Map<number, number[]>();
    for (const [s, picks] of reach) {
      options.forEach((g, n) => {
        if (g === null) return;
        const t = s + Number(g);
        if (t <= D && t >= -span && !next.has(t)) next.set(t, [...picks, n]);
      });
    }
    reach = next;
  }
  const best = Math.max(...reach.keys());
  return reach.get(best)!;
}

export function realize(inst: Instance, sinks: Sinks, routing: Routing): Realized {
  const convs = inst.pledges.map((p) => ({ conv: p.usd.toUsd, fx: p.usd.rates, within: p.usd.largestWithin }));
  const left = inst.pledges.map((p) => p.remainingMinor);
  const pieces: RealPiece[] = [];
  const shortfall = new Map<number, bigint>();
  let extra = 0;

  sinks.real.forEach((sink, k) => {
    const mine: RealPiece[] = [];
    for (const i of routing.eligible[k]!) {
      const v = routing.get(i, k);
      if (v <= 0) continue;
      const { conv, fx, within } = convs[i]!;
      const a = within(BigInt(v), left[i]!);
      if (a === 0n) continue;
      left[i]! -= a;
      mine.push({ pledge: i, target: sink.target, amount: a, usd: conv(a), fx, topUp: false });
    }
    let gap = BigInt(sink.demand) - mine.reduce((s, p) => s + p.usd, 0n);
    // A gap of more than a few cents is not rounding; it is left as it is (and reported).
    if (gap > 0n && gap <= 10_000n) {
      const gains = mine.map((p) =>
        STEPS.map((delta) => (delta > left[p.pledge]! || p.amount + delta <= 0n ? null : convs[p.pledge]!.conv(p.amount + delta) - p.usd)),
      );
      closeGap(gains, gap).forEach((pick, n) => {
        const delta = STEPS[pick]!;
        if (delta === 0n) return;
        const p = mine[n]!;
        left[p.pledge]! -= delta;
        p.amount += delta;
        const now = convs[p.pledge]!.conv(p.amount);
        gap -= now - p.usd;
        p.usd = now;
      });
    }
    if (gap > 0n) {
      // A small extra allocation from any pledge that may fund the target and whose rounding can hit the gap exactly.
      for (const i of sinks.eligible[k]!) {
        const { conv, fx, within } = convs[i]!;
        const a = within(gap, left[i]!);
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
