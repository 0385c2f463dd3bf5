/**
 * Proves convertVia's optional pivots: a currency quoted only against USD (CAD in the public record)
 * reaches EUR through USD with one rounding, the pivots are tried in the order given, and the default
 * (EUR only) still finds no route for it.
 */
import { describe, expect, it } from 'vitest';
import { convertVia, type FxRate } from './fx.ts';
import { divRoundHalfEven, money } from './money.ts';

const rate = (date: string, base: FxRate['base'], quote: FxRate['quote'], r: string): FxRate => ({ date, base, quote, rate: r, source: 'test' });

const CAD_USD = rate('2025-08-24', 'CAD', 'USD', '0.7353');
const EUR_USD = rate('2025-09-17', 'EUR', 'USD', '1.1837');
const EUR_CAD = rate('2025-09-17', 'EUR', 'CAD', '1.6100');

describe('convertVia with pivots', () => {
  it('converts CAD to EUR through USD, rounding once', () => {
    const r = convertVia([CAD_USD, EUR_USD], money(680_000_000_00n, 'CAD'), 'EUR', '2025-09-17', ['EUR', 'USD']);
    // CAD 680m * 0.7353 / 1.1837, exactly, then one half-even rounding to cents.
    expect(r?.money).toEqual(money(divRoundHalfEven(680_000_000_00n * 7353n * 10_000n, 10_000n * 11837n), 'EUR'));
    expect(r?.rates).toEqual([CAD_USD, EUR_USD]);
  });

  it('finds no route with the default pivot alone', () => {
    expect(convertVia([CAD_USD, EUR_USD], money(100n, 'CAD'), 'EUR', '2025-09-17')).toBeUndefined();
  });

  it('prefers a direct rate over any pivot', () => {
    const r = convertVia([CAD_USD, EUR_USD, EUR_CAD], money(161_00n, 'CAD'), 'EUR', '2025-09-17', ['USD']);
    expect(r).toEqual({ money: money(100_00n, 'EUR'), rates: [EUR_CAD] });
  });
});
