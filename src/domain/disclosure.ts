/**
 * How the public sees totals that include figures it may not read. The aggregate rule:
 * 1. A restricted figure contributes to no total shown to anyone who may not read it (it is left
 *    out, not hidden inside a sum), so nothing shown to them depends on it.
 * 2. The public sees public figures exactly. Coalition figures reach the public only summed and as a
 *    range: the sum rounded outward to two significant digits, and never narrower than USD 10
 *    million; and only over the whole coalition, never per ally (which ally gave a coalition figure
 *    is itself coalition information).
 * So the public can bound a coalition figure at best to a range and can compute none; no
 * combination of what it sees involves a restricted figure at all.
 */
import type { MoneyJson } from './money.ts';

/** The narrowest range shown: USD 10 million, in cents. */
export const RANGE_FLOOR_MINOR = 1_000_000_000n;

export interface MinorRange {
  low: bigint;
  high: bigint;
}

/** `minor` (not negative) rounded outward to two significant digits, at least RANGE_FLOOR_MINOR wide. */
export function rangeOf(minor: bigint): MinorRange {
  const x = minor < 0n ? 0n : minor;
  const digits = 10n ** BigInt(Math.max(0, x.toString().length - 2));
  const unit = digits > RANGE_FLOOR_MINOR ? digits : RANGE_FLOOR_MINOR;
  const low = (x / unit) * unit;
  return { low, high: low + unit };
}

export interface MoneyRange {
  low: MoneyJson;
  high: MoneyJson;
}

export const usdRange = (minor: bigint): MoneyRange => {
  const r = rangeOf(minor);
  return { low: { minor: r.low.toString(), currency: 'USD' }, high: { minor: r.high.toString(), currency: 'USD' } };
};

/** A share in whole percent, as a range, from a range of funding over a range of need (null when no need). */
export function shareRange(funded: MinorRange, need: MinorRange): { low: number; high: number } | null {
  if (need.high === 0n) return null;
  const low = need.high === 0n ? 0n : (funded.low * 100n) / need.high;
  const high = need.low === 0n ? 100n : (funded.high * 100n + need.low - 1n) / need.low;
  return { low: Number(low > 100n ? 100n : low), high: Number(high > 100n ? 100n : high) };
}
