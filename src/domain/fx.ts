/**
 * Dated exchange rates and exact conversion. A rate says 1 BASE = rate QUOTE on a date, held as a
 * decimal string and parsed into an integer over a power of ten, so that conversion is one exact
 * multiplication followed by one explicit rounding (half to even).
 */
import { invalid } from './errors.ts';
import { CURRENCY_EXPONENT, divRoundHalfEven, type Currency, type Money } from './money.ts';

export interface FxRate {
  date: string; // YYYY-MM-DD
  base: Currency;
  quote: Currency;
  /** Decimal string, e.g. "1.1565": 1 base = 1.1565 quote. */
  rate: string;
  source: string;
}

interface Decimal {
  num: bigint;
  scale: number;
}

export function parseRate(text: string, field = 'rate'): Decimal {
  const m = /^(\d+)(?:\.(\d{1,12}))?$/.exec(text);
  if (!m) throw invalid(field, `'${text}' is not a positive decimal rate`);
  const frac = m[2] ?? '';
  const num = BigInt(m[1]! + frac);
  if (num === 0n) throw invalid(field, 'a rate must be positive');
  return { num, scale: frac.length };
}

const pow10 = (n: number): bigint => 10n ** BigInt(n);

/**
 * Converts `amount` using `rate`, in whichever direction the rate applies (base->quote multiplies,
 * quote->base divides). Exponent differences between the currencies are handled exactly.
 */
export function convert(amount: Money, rate: FxRate, to: Currency): Money {
  if (amount.currency === to) return amount;
  const r = parseRate(rate.rate);
  const fromExp = CURRENCY_EXPONENT[amount.currency];
  const toExp = CURRENCY_EXPONENT[to];
  if (amount.currency === rate.base && to === rate.quote) {
    // minor_to = minor_from * num / 10^scale * 10^(toExp - fromExp)
    const num = amount.minor * r.num * pow10(Math.max(0, toExp - fromExp));
    const den = pow10(r.scale) * pow10(Math.max(0, fromExp - toExp));
    return { minor: divRoundHalfEven(num, den), currency: to };
  }
  if (amount.currency === rate.quote && to === rate.base) {
    const num = amount.minor * pow10(r.scale) * pow10(Math.max(0, toExp - fromExp));
    const den = r.num * pow10(Math.max(0, fromExp - toExp));
    return { minor: divRoundHalfEven(num, den), currency: to };
  }
  throw new Error(`rate ${rate.base}/${rate.quote} cannot convert ${amount.currency} to ${to}`);
}

/**
 * Picks the rate for a conversion: the latest rate on or before `date` for the pair in either
 * direction; if none precedes the date, the earliest after it. Returns undefined when the pair is
 * unknown. The caller records which rate it used, so a conversion can always be traced.
 */
export function pickRate(rates: readonly FxRate[], from: Currency, to: Currency, date: string): FxRate | undefined {
  const pair = rates.filter((r) => (r.base === from && r.quote === to) || (r.base === to && r.quote === from));
  if (pair.length === 0) return undefined;
  const sorted = [...pair].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const before = sorted.filter((r) => r.date <= date);
  return before.length > 0 ? before[before.length - 1] : sorted[0];
}

/** The exact factor num/den that turns minor units of `from` into minor units of `to` under `rate`. */
function factor(rate: FxRate, from: Currency, to: Currency): { num: bigint; den: bigint } {
  const r = parseRate(rate.rate);
  const up = pow10(Math.max(0, CURRENCY_EXPONENT[to] - CURRENCY_EXPONENT[from]));
  const down = pow10(Math.max(0, CURRENCY_EXPONENT[from] - CURRENCY_EXPONENT[to]));
  if (from === rate.base && to === rate.quote) return { num: r.num * up, den: pow10(r.scale) * down };
  if (from === rate.quote && to === rate.base) return { num: pow10(r.scale) * up, den: r.num * down };
  throw new Error(`rate ${rate.base}/${rate.quote} cannot convert ${from} to ${to}`);
}

/** The currency a conversion goes through when no direct rate exists (the ECB publishes against EUR). */
export const PIVOT: Currency = 'EUR';

/**
 * Converts `amount` to `to` at `date`: directly when the pair has a rate, otherwise through EUR
 * (e.g. NOK -> EUR -> USD). The cross conversion multiplies both exact factors and rounds once, half
 * to even, at the end, so it never compounds two roundings. Returns the rates used (none when the
 * currencies are the same), or undefined when no route exists.
 *
 * `pivots` lists the currencies to try in turn when no direct rate exists (EUR by default); the
 * reconciliation adds USD for currencies quoted only against the dollar, such as CAD in the record.
 */
export function convertVia(
  rates: readonly FxRate[],
  amount: Money,
  to: Currency,
  date: string,
  pivots: readonly Currency[] = [PIVOT],
): { money: Money; rates: FxRate[] } | undefined {
  if (amount.currency === to) return { money: amount, rates: [] };
  const direct = pickRate(rates, amount.currency, to, date);
  if (direct) return { money: convert(amount, direct, to), rates: [direct] };
  for (const pivot of pivots) {
    if (amount.currency === pivot || to === pivot) continue;
    const first = pickRate(rates, amount.currency, pivot, date);
    const second = pickRate(rates, pivot, to, date);
    if (!first || !second) continue;
    const a = factor(first, amount.currency, pivot);
    const b = factor(second, pivot, to);
    return { money: { minor: divRoundHalfEven(amount.minor * a.num * b.num, a.den * b.den), currency: to }, rates: [first, second] };
  }
  return undefined;
}
