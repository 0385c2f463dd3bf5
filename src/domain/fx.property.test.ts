/**
 * Proves exact FX conversion for generated rates, amounts and currency pairs (with different
 * minor-unit exponents): each conversion is the exact rational value rounded once, half to even; a
 * conversion there and back is off by no more than one minor unit scaled by the rate; conversion
 * keeps order; pickRate picks the latest rate on or before the date (else the earliest after); and
 * malformed rates are refused with a validation error. (fx.test.ts holds the convertVia cases.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectRefusal } from '../../test/support/expect-refusal.ts';
import { abs, isHalfEvenRounding } from '../../test/support/rational.ts';
import { convert, parseRate, pickRate, type FxRate } from './fx.ts';
import { CURRENCIES, CURRENCY_EXPONENT, money, type Currency } from './money.ts';

const pair = fc.tuple(fc.constantFrom(...CURRENCIES), fc.constantFrom(...CURRENCIES)).filter(([b, q]) => b !== q);

/** A positive decimal rate with 0 to 12 decimal places, from tiny (JPY per ISK) to large. */
const rateText = fc
  .tuple(fc.bigInt({ min: 0n, max: 100_000n }), fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 12 }))
  .map(([int, frac]) => (frac ? `${int}.${frac}` : `${int}`))
  .filter((t) => /[1-9]/.test(t));

const day = fc.integer({ min: 0, max: 800 }).map((n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10));
const fxRate = (base: Currency, quote: Currency): fc.Arbitrary<FxRate> =>
  fc.record({ date: day, base: fc.constant(base), quote: fc.constant(quote), rate: rateText, source: fc.constant('generated') });

const amount = fc.bigInt({ min: 0n, max: 10n ** 15n });
const pow10 = (n: number): bigint => 10n ** BigInt(n);

/**
 * The exact value of one base minor unit in quote minor units, as P/Q: the rate (num / 10^scale)
 * scaled by the currencies' minor units. Written from the definition, not from convert()'s code.
 */
function exactFactor(rate: FxRate): { P: bigint; Q: bigint } {
  const [int, frac = ''] = rate.rate.split('.');
  const num = BigInt(int! + frac);
  return { P: num * pow10(CURRENCY_EXPONENT[rate.quote]), Q: pow10(frac.length) * pow10(CURRENCY_EXPONENT[rate.base]) };
}

describe('convert', () => {
  it('is the exact rational value, rounded once half to even, in both directions', () => {
    fc.assert(
      fc.property(pair.chain(([b, q]) => fxRate(b, q)), amount, (rate, minor) => {
        const { P, Q } = exactFactor(rate);
        const forward = convert(money(minor, rate.base), rate, rate.quote);
        expect(forward.currency).toBe(rate.quote);
        expect(isHalfEvenRounding(minor * P, Q, forward.minor)).toBe(true);
        const backward = convert(money(minor, rate.quote), rate, rate.base);
        expect(backward.currency).toBe(rate.base);
        expect(isHalfEvenRounding(minor * Q, P, backward.minor)).toBe(true);
      }),
    );
  });

  it('comes back within one minor unit scaled by the rate after a conversion there and back', () => {
    fc.assert(
      fc.property(pair.chain(([b, q]) => fxRate(b, q)), amount, (rate, minor) => {
        const { P, Q } = exactFactor(rate);
        // Base -> quote -> base: |back - a| <= 1/2 + Q/(2P), i.e. 2P|back - a| <= P + Q.
        const there = convert(money(minor, rate.base), rate, rate.quote);
        const back = convert(there, rate, rate.base);
        expect(2n * P * abs(back.minor - minor) <= P + Q).toBe(true);
        // Quote -> base -> quote: the same bound with the factor inverted.
        const there2 = convert(money(minor, rate.quote), rate, rate.base);
        const back2 = convert(there2, rate, rate.quote);
        expect(2n * Q * abs(back2.minor - minor) <= P + Q).toBe(true);
      }),
    );
  });

  it('keeps the order of amounts, and leaves an amount already in the target currency alone', () => {
    fc.assert(
      fc.property(pair.chain(([b, q]) => fxRate(b, q)), amount, amount, (rate, x, y) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        expect(convert(money(lo, rate.base), rate, rate.quote).minor <= convert(money(hi, rate.base), rate, rate.quote).minor).toBe(true);
        expect(convert(money(x, rate.base), rate, rate.base)).toEqual(money(x, rate.base));
      }),
    );
  });

  it('refuses, as a programmer error, a rate for another pair', () => {
    const third = (b: Currency, q: Currency) => fc.constantFrom(...CURRENCIES.filter((c) => c !== b && c !== q));
    fc.assert(
      fc.property(pair.chain(([b, q]) => fc.tuple(fxRate(b, q), third(b, q))), amount, ([rate, other], minor) => {
        expect(() => convert(money(minor, other), rate, rate.quote)).toThrow(/cannot convert/);
      }),
    );
  });
});

describe('parseRate', () => {
  it('reads every positive decimal with up to 12 places exactly', () => {
    fc.assert(
      fc.property(rateText, (text) => {
        const r = parseRate(text);
        const [int, frac = ''] = text.split('.');
        expect(r).toEqual({ num: BigInt(int! + frac), scale: frac.length });
      }),
    );
  });

  it('refuses zero, signs, exponents, more than 12 places and anything else', () => {
    const bad = fc.oneof(
      fc.string({ maxLength: 20 }).filter((s) => !/^\d+(\.\d{1,12})?$/.test(s)),
      fc.stringMatching(/^0{1,5}(\.0{1,12})?$/),
      fc.stringMatching(/^\d{1,4}\.\d{13,20}$/),
      rateText.map((t) => `-${t}`),
      rateText.map((t) => `${t}e2`),
    );
    fc.assert(
      fc.property(bad, (text) => {
        expectRefusal(() => parseRate(text, 'rate'), 'rate');
      }),
    );
  });
});

describe('pickRate', () => {
  it('picks the latest rate of the pair (either direction) on or before the date, else the earliest after', () => {
    const world = pair.chain(([b, q]) =>
      fc.record({
        b: fc.constant(b),
        q: fc.constant(q),
        rates: fc.array(fc.oneof(fxRate(b, q), fxRate(q, b)), { maxLength: 12 }),
        noise: fc.array(pair.filter(([x, y]) => !((x === b && y === q) || (x === q && y === b))).chain(([x, y]) => fxRate(x, y)), { maxLength: 6 }),
        date: day,
      }),
    );
    fc.assert(
      fc.property(world, ({ b, q, rates, noise, date }) => {
        const picked = pickRate([...noise, ...rates], b, q, date);
        if (rates.length === 0) {
          expect(picked).toBeUndefined();
          return;
        }
        expect(rates).toContain(picked);
        const dates = rates.map((r) => r.date).sort();
        const onOrBefore = dates.filter((d) => d <= date);
        expect(picked!.date).toBe(onOrBefore.length > 0 ? onOrBefore[onOrBefore.length - 1] : dates[0]);
      }),
    );
  });
});
