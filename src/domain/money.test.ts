/**
 * Proves exact money: major-unit text and minor units round-trip for every currency, addition is
 * associative and commutative with subtraction its inverse, divRoundHalfEven is the nearest integer
 * (ties to even) as checked against exact rational arithmetic, and bad or over-precise input is
 * refused with a validation error naming the field. Every case is generated; none is hard-coded.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectRefusal } from '../../test/support/expect-refusal.ts';
import { isHalfEvenRounding, referenceHalfEven } from '../../test/support/rational.ts';
import { DomainError } from './errors.ts';
import {
  add,
  compare,
  CURRENCIES,
  CURRENCY_EXPONENT,
  divRoundHalfEven,
  format,
  fromJson,
  money,
  parseMajor,
  parseMinor,
  sub,
  sum,
  times,
  toJson,
  toMajorString,
  type Currency,
  type Money,
} from './money.ts';

const currency = fc.constantFrom(...CURRENCIES);
const minor = fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n });
const moneyIn = (c: Currency) => minor.map((m) => money(m, c));
/** Two or three amounts of one (random) currency. */
const twoOfOne = currency.chain((c) => fc.tuple(moneyIn(c), moneyIn(c)));
const threeOfOne = currency.chain((c) => fc.tuple(moneyIn(c), moneyIn(c), moneyIn(c)));

describe('parsing and formatting money', () => {
  it('round-trips minor units through the major-unit text, for every currency', () => {
    fc.assert(
      fc.property(currency, minor, (c, m) => {
        const text = toMajorString(money(m, c));
        expect(parseMajor(text, c)).toEqual(money(m, c));
        expect(format(money(m, c))).toBe(`${c} ${text}`);
      }),
    );
  });

  it('reads any decimal within the currency precision and writes it back padded to that precision', () => {
    const decimal = currency.chain((c) =>
      fc.record({
        c: fc.constant(c),
        neg: fc.boolean(),
        int: fc.stringMatching(/^\d{1,20}$/),
        frac: fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: CURRENCY_EXPONENT[c] }),
      }),
    );
    fc.assert(
      fc.property(decimal, ({ c, neg, int, frac }) => {
        const text = `${neg ? '-' : ''}${int}${frac ? '.' + frac : ''}`;
        const parsed = parseMajor(` ${text} `, c);
        const exp = CURRENCY_EXPONENT[c];
        // The expected value, built from the digits alone: int * 10^exp + frac padded to exp digits.
        const magnitude = BigInt(int) * 10n ** BigInt(exp) + (exp > 0 ? BigInt(frac.padEnd(exp, '0')) : 0n);
        expect(parsed.minor).toBe(neg ? -magnitude : magnitude);
        expect(parseMajor(toMajorString(parsed), c)).toEqual(parsed);
      }),
    );
  });

  it('refuses more decimal places than the currency has', () => {
    const overPrecise = currency.chain((c) =>
      fc.record({
        c: fc.constant(c),
        int: fc.stringMatching(/^\d{1,12}$/),
        frac: fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: CURRENCY_EXPONENT[c] + 1, maxLength: CURRENCY_EXPONENT[c] + 6 }),
      }),
    );
    fc.assert(
      fc.property(overPrecise, ({ c, int, frac }) => {
        expectRefusal(() => parseMajor(`${int}.${frac}`, c, 'price'), 'price');
      }),
    );
  });

  it('refuses anything that is not a plain decimal, and never answers with a number for it', () => {
    const notDecimal = fc.string({ maxLength: 30 }).filter((s) => !/^-?\d+(\.\d+)?$/.test(s.trim()));
    const nearMisses = fc.constantFrom('1.', '.5', '1e3', '0x10', '+1', '1,000', '--1', 'NaN', 'Infinity', '1 000', '');
    fc.assert(
      fc.property(fc.oneof(notDecimal, nearMisses), currency, (text, c) => {
        expectRefusal(() => parseMajor(text, c, 'amount'), 'amount');
      }),
    );
  });

  it('round-trips JSON money, and refuses minor units that are not a string of digits', () => {
    fc.assert(
      fc.property(currency, minor, (c, m) => {
        expect(fromJson(toJson(money(m, c)))).toEqual(money(m, c));
        expect(parseMinor(m.toString(), c)).toEqual(money(m, c));
      }),
    );
    const notMinor = fc.oneof(
      fc.string({ maxLength: 12 }).filter((s) => !/^-?\d{1,30}$/.test(s)),
      fc.stringMatching(/^\d{31,40}$/),
      fc.stringMatching(/^\d{1,5}\.\d{1,3}$/),
    );
    fc.assert(
      fc.property(notMinor, currency, (text, c) => {
        expectRefusal(() => parseMinor(text, c, 'x.minor'), 'x.minor');
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z]{3}$/).filter((s) => !(CURRENCIES as string[]).includes(s)), (code) => {
        expectRefusal(() => fromJson({ minor: '1', currency: code as Currency }, 'amount'), 'amount.currency');
      }),
    );
  });
});

describe('arithmetic on money', () => {
  it('adds associatively and commutatively, with subtraction as its inverse', () => {
    fc.assert(
      fc.property(threeOfOne, ([a, b, c]) => {
        expect(add(add(a, b), c)).toEqual(add(a, add(b, c)));
        expect(add(a, b)).toEqual(add(b, a));
        expect(sub(add(a, b), b)).toEqual(a);
        expect(add(sub(a, b), b)).toEqual(a);
        expect(sum([a, b, c], a.currency)).toEqual(add(add(a, b), c));
      }),
    );
  });

  it('orders amounts as their difference says, and multiplies distributively', () => {
    fc.assert(
      fc.property(twoOfOne, fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }), ([a, b], k) => {
        const d = sub(a, b).minor;
        expect(compare(a, b)).toBe(d < 0n ? -1 : d > 0n ? 1 : 0);
        expect(times(add(a, b), k)).toEqual(add(times(a, k), times(b, k)));
      }),
    );
  });

  it('refuses to mix currencies (a programmer error, not a client refusal)', () => {
    const twoCurrencies = fc.tuple(currency, currency).filter(([x, y]) => x !== y);
    fc.assert(
      fc.property(twoCurrencies, minor, minor, ([x, y], m, n) => {
        const a: Money = money(m, x);
        const b: Money = money(n, y);
        for (const op of [add, sub, compare]) {
          expect(() => op(a, b)).toThrow(/currency mismatch/);
          expect(() => op(a, b)).not.toThrow(DomainError);
        }
      }),
    );
  });
});

describe('divRoundHalfEven', () => {
  const numerator = fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n });
  const divisor = fc.oneof(fc.bigInt({ min: 1n, max: 20n }), fc.bigInt({ min: 1n, max: 10n ** 18n }));

  it('is the nearest integer to num/den, ties to even, by exact rational arithmetic', () => {
    fc.assert(
      fc.property(numerator, divisor, (num, den) => {
        const r = divRoundHalfEven(num, den);
        expect(isHalfEvenRounding(num, den, r)).toBe(true);
        expect(r).toBe(referenceHalfEven(num, den));
      }),
    );
  });

  it('rounds exact ties to the even neighbour, on both sides of zero', () => {
    const tie = fc.record({ q: fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), half: fc.bigInt({ min: 1n, max: 10n ** 9n }) });
    fc.assert(
      fc.property(tie, ({ q, half }) => {
        const den = 2n * half;
        const r = divRoundHalfEven(q * den + half, den); // exactly q + 1/2
        expect(r % 2n).toBe(0n);
        expect([q, q + 1n]).toContain(r);
        expect(divRoundHalfEven(-(q * den + half), den)).toBe(-r); // symmetric about zero
      }),
    );
  });

  it('is exact when the division is, and refuses a divisor that is not positive', () => {
    fc.assert(
      fc.property(numerator, divisor, (q, den) => {
        expect(divRoundHalfEven(q * den, den)).toBe(q);
        expect(() => divRoundHalfEven(q, -den)).toThrow();
        expect(() => divRoundHalfEven(q, 0n)).toThrow();
      }),
    );
  });
});
