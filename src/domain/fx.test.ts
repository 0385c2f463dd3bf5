/**
 * Proves convertVia: a direct rate is used when one exists (in either direction), otherwise the
 * conversion goes through EUR with exactly one rounding at the end, the rates used are reported, and
 * an unknown route gives undefined rather than a guess.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convert, convertVia, type FxRate } from './fx.ts';
import { divRoundHalfEven, money } from './money.ts';

const rate = (date: string, base: FxRate['base'], quote: FxRate['quote'], r: string): FxRate => ({ date, base, quote, rate: r, source: 'test' });

const RATES: FxRate[] = [
  rate('2025-07-01', 'EUR', 'USD', '1.1000'),
  rate('2025-09-01', 'EUR', 'USD', '1.1700'),
  rate('2025-09-01', 'EUR', 'NOK', '11.7000'),
  rate('2025-09-01', 'EUR', 'ISK', '143.5'),
];

describe('convertVia', () => {
  it('returns the amount itself, with no rate, when the currencies are the same', () => {
    expect(convertVia(RATES, money(123n, 'USD'), 'USD', '2025-09-02')).toEqual({ money: money(123n, 'USD'), rates: [] });
  });

  it('uses the direct rate dated on or before the date', () => {
    const r = convertVia(RATES, money(100_00n, 'EUR'), 'USD', '2025-09-02');
    expect(r).toEqual({ money: money(117_00n, 'USD'), rates: [RATES[1]] });
    const earlier = convertVia(RATES, money(100_00n, 'EUR'), 'USD', '2025-08-31');
    expect(earlier?.money).toEqual(money(110_00n, 'USD'));
  });

  it('uses a direct rate in the opposite direction', () => {
    expect(convertVia(RATES, money(117_00n, 'USD'), 'EUR', '2025-09-02')?.money).toEqual(money(100_00n, 'EUR'));
  });

  it('goes through EUR when no direct pair exists, naming both rates', () => {
    // NOK 1,170.00 = EUR 100.00 = USD 117.00.
    const r = convertVia(RATES, money(1170_00n, 'NOK'), 'USD', '2025-09-02');
    expect(r?.money).toEqual(money(117_00n, 'USD'));
    expect(r?.rates).toEqual([RATES[2], RATES[1]]);
  });

  it('rounds once at the end of a cross conversion, not after each leg', () => {
    // NOK 0.15 = EUR 0.01282... = USD 0.015 exactly, which rounds (half to even) to USD 0.02. Rounding
    // the EUR leg first would give EUR 0.01 -> USD 0.0117 -> USD 0.01.
    expect(convertVia(RATES, money(15n, 'NOK'), 'USD', '2025-09-02')?.money).toEqual(money(2n, 'USD'));
  });

  it('handles currencies with different minor-unit exponents exactly', () => {
    // ISK has no minor unit: ISK 14,350 = EUR 100.00 = USD 117.00.
    expect(convertVia(RATES, money(14350n, 'ISK'), 'USD', '2025-09-02')?.money).toEqual(money(117_00n, 'USD'));
    expect(convertVia(RATES, money(117_00n, 'USD'), 'ISK', '2025-09-02')?.money).toEqual(money(14350n, 'ISK'));
  });

  it('answers undefined when no route exists', () => {
    expect(convertVia(RATES, money(100n, 'PLN'), 'USD', '2025-09-02')).toBeUndefined();
    expect(convertVia([RATES[2]!], money(100n, 'NOK'), 'USD', '2025-09-02')).toBeUndefined();
    expect(convertVia([], money(100n, 'EUR'), 'USD', '2025-09-02')).toBeUndefined();
  });

  it('agrees with an exact rational computation for any amount (one rounding, half to even)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), (minor) => {
        const r = convertVia(RATES, money(minor, 'NOK'), 'USD', '2025-09-02');
        // minor NOK * (1/11.7) EUR/NOK * 1.17 USD/EUR, exactly: minor * 10000 * 11700 / (117000 * 10000).
        expect(r?.money.minor).toBe(divRoundHalfEven(minor * 11700n, 117000n));
        // And the direct path agrees with convert().
        expect(convertVia(RATES, money(minor, 'EUR'), 'USD', '2025-09-02')?.money).toEqual(convert(money(minor, 'EUR'), RATES[1]!, 'USD'));
      }),
    );
  });
});
