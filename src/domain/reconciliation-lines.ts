/**
 * The ledger side of a reconciliation: each in-scope pledge that counts, in its own currency,
 * converted exactly into the claim's currency at the dated FX table (one rounding, rates named),
 * and valued as the speaker would have valued it. Pure.
 */
import { convertVia, type FxRate } from './fx.ts';
import { CURRENCY_EXPONENT, divRoundHalfEven, type Currency, type Money } from './money.ts';
import type { PledgeQualifier, SpeakerBasis } from './reconciliation-scope.ts';

export interface RateUsed {
  date: string;
  base: Currency;
  quote: Currency;
  rate: string;
  source: string;
  /** True for a rate implied by a conversion a source made, rather than a reference rate. */
  implied: boolean;
}

export interface Line {
  pledgeId: string;
  contributors: string[];
  qualifier: PledgeQualifier;
  /** The amount as it stood (or the money paid), in the pledge's own currency. */
  original: Money;
  /** In the claim's currency at the dated rates: what the ledger counts. */
  converted: Money;
  rates: RateUsed[];
  /** The same money as the speaker would have counted it. */
  speaker: Money;
  speakerBasis: 'same currency' | 'at par' | 'stated equivalent' | 'converted';
}

/** Rates implied by a conversion a source made are labelled so in the record ("implied by ..."). */
export const isImpliedRate = (r: FxRate): boolean => /^implied\b/i.test(r.source.trim());

/**
 * The table conversions use: for each currency pair, the reference rates (ECB, NBP, EU Official
 * Journal) when the pair has any, and the implied rates only for pairs that have nothing else
 * (CAD in the record), so an implied figure never displaces a published one.
 */
export function preferReferenceRates(rates: readonly FxRate[]): FxRate[] {
  const pairKey = (r: FxRate): string => [r.base, r.quote].sort().join('/');
  const hasReference = new Set(rates.filter((r) => !isImpliedRate(r)).map(pairKey));
  return rates.filter((r) => !isImpliedRate(r) || !hasReference.has(pairKey(r)));
}

/** Tried in turn when a pair has no direct rate: EUR (the ECB's base), then USD (for CAD). */
export const PIVOTS: readonly Currency[] = ['EUR', 'USD'];

export function convertLine(rates: readonly FxRate[], amount: Money, to: Currency, date: string): { money: Money; rates: RateUsed[] } | undefined {
  const r = convertVia(rates, amount, to, date, PIVOTS);
  if (!r) return undefined;
  return { money: r.money, rates: r.rates.map((x) => ({ ...x, implied: isImpliedRate(x) })) };
}

const PAR = new Set<Currency>(['EUR', 'USD']);

/** The same count of major units in another currency, e.g. EUR 500m "at par" as USD 500m. */
export function atPar(m: Money, to: Currency): Money {
  const shift = CURRENCY_EXPONENT[to] - CURRENCY_EXPONENT[m.currency];
  const minor = shift >= 0 ? m.minor * 10n ** BigInt(shift) : divRoundHalfEven(m.minor, 10n ** BigInt(-shift));
  return { minor, currency: to };
}

/**
 * How the speaker valued a line. At par only between EUR and USD (the confusion the record shows);
 * otherwise a stated equivalent, which applies only to the whole announced amount; else converted.
 */
export function speakerValue(
  basis: SpeakerBasis,
  original: Money,
  converted: Money,
  statedEquivalent: Money | null,
  wholeAmount: boolean,
): Pick<Line, 'speaker' | 'speakerBasis'> {
  const to = converted.currency;
  if (original.currency === to) return { speaker: original, speakerBasis: 'same currency' };
  if (basis === 'converted') return { speaker: converted, speakerBasis: 'converted' };
  if (basis === 'par' && PAR.has(original.currency) && PAR.has(to)) return { speaker: atPar(original, to), speakerBasis: 'at par' };
  const se = wholeAmount ? statedEquivalent : null;
  if (se && se.currency === to) return { speaker: se, speakerBasis: 'stated equivalent' };
  if (se && basis === 'par' && PAR.has(se.currency) && PAR.has(to)) return { speaker: atPar(se, to), speakerBasis: 'stated equivalent' };
  return { speaker: converted, speakerBasis: 'converted' };
}
