/**
 * Exact money. An amount is an integer count of minor units (bigint) with its ISO 4217 code; it is
 * sent in JSON as a decimal string of minor units. Conversions use a dated rate held as an exact
 * decimal (numerator / 10^scale) and round once, half to even, at the end. No floats anywhere.
 */
import { invalid } from './errors.ts';

/** ISO 4217 minor-unit exponents for the currencies the record uses. */
export const CURRENCY_EXPONENT = {
  USD: 2,
  EUR: 2,
  GBP: 2,
  CAD: 2,
  NOK: 2,
  SEK: 2,
  DKK: 2,
  PLN: 2,
  CHF: 2,
  CZK: 2,
  ISK: 0,
  JPY: 0,
  AUD: 2,
  UAH: 2,
} as const;

export type Currency = keyof typeof CURRENCY_EXPONENT;
export const CURRENCIES = Object.keys(CURRENCY_EXPONENT) as Currency[];

export interface Money {
  minor: bigint;
  currency: Currency;
}

export const isCurrency = (code: string): code is Currency => Object.hasOwn(CURRENCY_EXPONENT, code);

export function money(minor: bigint, currency: Currency): Money {
  return { minor, currency };
}

export const zero = (currency: Currency): Money => ({ minor: 0n, currency });

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new Error(`currency mismatch: ${a.currency} vs ${b.currency}`);
}

export function add(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return { minor: a.minor + b.minor, currency: a.currency };
}

export function sub(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return { minor: a.minor - b.minor, currency: a.currency };
}

export function sum(items: readonly Money[], currency: Currency): Money {
  return items.reduce((acc, m) => add(acc, m), zero(currency));
}

export function compare(a: Money, b: Money): -1 | 0 | 1 {
  sameCurrency(a, b);
  return a.minor < b.minor ? -1 : a.minor > b.minor ? 1 : 0;
}

export function times(a: Money, quantity: bigint): Money {
  return { minor: a.minor * quantity, currency: a.currency };
}

/** Integer division rounding half to even; `den` must be positive. */
export function divRoundHalfEven(num: bigint, den: bigint): bigint {
  if (den <= 0n) throw new Error('divisor must be positive');
  const q = num / den;
  const r = num % den;
  if (r === 0n) return q;
  const twice = (r < 0n ? -r : r) * 2n;
  const away = num < 0n ? q - 1n : q + 1n;
  if (twice > den) return away;
  if (twice < den) return q;
  return q % 2n === 0n ? q : away;
}

/** Parses a major-unit decimal ("500000000", "1.50") into minor units, refusing excess precision. */
export function parseMajor(text: string, currency: Currency, field = 'amount'): Money {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m) throw invalid(field, `'${text}' is not a decimal amount`);
  const exp = CURRENCY_EXPONENT[currency];
  const frac = m[3] ?? '';
  if (frac.length > exp) throw invalid(field, `${currency} has ${exp} decimal places; '${text}' has more`);
  const minor = BigInt(m[2]! + frac.padEnd(exp, '0'));
  return { minor: m[1] ? -minor : minor, currency };
}

/** Parses minor units sent as a string of digits ("50000000000"). */
export function parseMinor(text: string, currency: Currency, field = 'amount'): Money {
  if (!/^-?\d{1,30}$/.test(text)) throw invalid(field, `'${text}' is not an integer count of minor units`);
  return { minor: BigInt(text), currency };
}

/** Formats as a plain major-unit decimal string ("500000000.00"), exact. */
export function toMajorString(m: Money): string {
  const exp = CURRENCY_EXPONENT[m.currency];
  const neg = m.minor < 0n;
  const digits = (neg ? -m.minor : m.minor).toString().padStart(exp + 1, '0');
  const int = digits.slice(0, digits.length - exp);
  const frac = exp > 0 ? '.' + digits.slice(digits.length - exp) : '';
  return (neg ? '-' : '') + int + frac;
}

export const format = (m: Money): string => `${m.currency} ${toMajorString(m)}`;

/** JSON form of money: minor units as a string, so no client parses it into a float. */
export interface MoneyJson {
  minor: string;
  currency: Currency;
}

export const toJson = (m: Money): MoneyJson => ({ minor: m.minor.toString(), currency: m.currency });
export const fromJson = (j: MoneyJson, field = 'amount'): Money => {
  if (!isCurrency(j.currency)) throw invalid(`${field}.currency`, `'${j.currency}' is not a supported ISO 4217 code`);
  return parseMinor(j.minor, j.currency, `${field}.minor`);
};
