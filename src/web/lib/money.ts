/**
 * Money in the browser, exactly as on the server: integer minor units as strings, summed with
 * BigInt, never parsed into a float for arithmetic. Formatting hands Intl an exact decimal string;
 * only chart geometry converts to a number (see toChartNumber).
 */
export interface Money {
  minor: string;
  currency: string;
}

/** Digits after the decimal point for a currency (ISO 4217 exponent), as Intl knows it. */
export function exponent(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** "123456" with exponent 2 -> "1234.56": the exact decimal value as a string. */
export function toDecimalString(minor: string, exp: number): string {
  const negative = minor.startsWith('-');
  const digits = (negative ? minor.slice(1) : minor).padStart(exp + 1, '0');
  const whole = digits.slice(0, digits.length - exp);
  const frac = exp > 0 ? `.${digits.slice(-exp)}` : '';
  return `${negative ? '-' : ''}${whole}${frac}`;
}

type Decimal = Intl.StringNumericLiteral;

export function formatMoney(m: Money, locale: string): string {
  const exp = exponent(m.currency);
  // Whole amounts (most pledges) read better without ".00"; any other amount shows every digit.
  const whole = BigInt(m.minor) % 10n ** BigInt(exp) === 0n;
  const digits = whole ? 0 : exp;
  return new Intl.NumberFormat(locale, { style: 'currency', currency: m.currency, currencyDisplay: 'code', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    toDecimalString(m.minor, exp) as Decimal,
  );
}

/** "USD 578M" style, for headlines and chart axes. */
export function formatMoneyCompact(m: Money, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: m.currency, currencyDisplay: 'code', notation: 'compact', maximumFractionDigits: 1 }).format(
    toDecimalString(m.minor, exponent(m.currency)) as Decimal,
  );
}

export const sumMinor = (items: readonly string[]): string => items.reduce((acc, x) => acc + BigInt(x), 0n).toString();

/** a / b in basis points (1/100 of a percent), rounded down; null when b is zero. */
export function ratioBp(a: string, b: string): number | null {
  const den = BigInt(b);
  if (den === 0n) return null;
  return Number((BigInt(a) * 10_000n) / den);
}

/** a / b in parts per million, rounded down; null when b is zero. Shares of GDP are this small. */
export function ratioPpm(a: string, b: string): number | null {
  const den = BigInt(b);
  if (den === 0n) return null;
  return Number((BigInt(a) * 1_000_000n) / den);
}

/**
 * Major units for a chart's geometry only (bar heights): a float is fine for drawing a bar, never
 * for a figure a person reads, which is always formatted from the exact string.
 */
export const toChartNumber = (m: Money): number => Number(toDecimalString(m.minor, exponent(m.currency)));

export type ParseResult = { ok: true; minor: string } | { ok: false; error: 'empty' | 'format' | 'decimals' | 'zero' | 'too_long' };

/**
 * A person's input ("500 000 000", "1,250.50", "1 250,50") -> minor units, by the server's rules:
 * whole minor units, at most 15 digits, more than zero. Spaces and grouping marks are ignored;
 * a single '.' or ',' followed by at most the currency's exponent digits is the decimal mark.
 */
export function parseMajor(text: string, currency: string): ParseResult {
  const exp = exponent(currency);
  const s = text.replace(/[\s\u00a0\u202f'_]/g, '');
  if (s === '') return { ok: false, error: 'empty' };
  if (!/^[0-9.,]+$/.test(s)) return { ok: false, error: 'format' };
  const lastSep = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
  let whole = s;
  let frac = '';
  if (lastSep >= 0) {
    const tail = s.slice(lastSep + 1);
    const seps = s.match(/[.,]/g) ?? [];
    const mixed = s.includes('.') && s.includes(',');
    const decimalMark = mixed || (seps.length === 1 && tail.length !== 3) || (seps.length === 1 && exp === 3);
    if (decimalMark) {
      if (tail.length > exp) return { ok: false, error: 'decimals' };
      whole = s.slice(0, lastSep);
      frac = tail;
    }
    whole = whole.replace(/[.,]/g, '');
  }
  if (!/^\d*$/.test(whole) || (whole === '' && frac === '')) return { ok: false, error: 'format' };
  const minor = BigInt((whole || '0') + frac.padEnd(exp, '0')).toString();
  if (minor.length > 15) return { ok: false, error: 'too_long' };
  if (minor === '0') return { ok: false, error: 'zero' };
  return { ok: true, minor };
}
