/**
 * The planner's fast conversion is the allocation command's conversion: for random amounts, dates
 * and currencies (direct rates either way round, cross rates through EUR, currencies with no minor
 * unit), usdConverter gives exactly what convertVia gives, and largestWithin finds the largest amount
 * whose USD value does not pass a figure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertVia, type FxRate } from '../domain/fx.ts';
import type { Currency } from '../domain/money.ts';
import { usdConverter } from './conversion.ts';

const RATES: FxRate[] = [
  { date: '2025-07-01', base: 'EUR', quote: 'USD', rate: '1.1565', source: 't' },
  { date: '2025-09-01', base: 'EUR', quote: 'USD', rate: '1.17', source: 't' },
  { date: '2025-07-01', base: 'EUR', quote: 'NOK', rate: '11.7025', source: 't' },
  { date: '2025-07-01', base: 'EUR', quote: 'GBP', rate: '0.8512', source: 't' },
  { date: '2025-07-01', base: 'USD', quote: 'CAD', rate: '1.36', source: 't' },
  { date: '2025-07-01', base: 'EUR', quote: 'ISK', rate: '142.3', source: 't' },
  { date: '2025-07-01', base: 'JPY', quote: 'USD', rate: '0.0068', source: 't' },
];

describe('usdConverter', () => {
  it('converts exactly as convertVia does', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Currency>('USD', 'EUR', 'NOK', 'GBP', 'CAD', 'ISK', 'JPY'),
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.constantFrom('2025-06-01', '2025-08-15', '2025-10-01'),
        (currency, minor, date) => {
          const c = usdConverter(RATES, currency, date)!;
          expect(c.toUsd(minor)).toBe(convertVia(RATES, { minor, currency }, 'USD', date)!.money.minor);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('finds the largest amount worth at most a USD figure', () => {
    fc.assert(
      fc.property(fc.constantFrom<Currency>('EUR', 'NOK', 'GBP', 'ISK', 'JPY'), fc.bigInt({ min: 1n, max: 10n ** 12n }), (currency, usd) => {
        const c = usdConverter(RATES, currency, '2025-08-15')!;
        const a = c.largestWithin(usd, 10n ** 15n);
        expect(c.toUsd(a) <= usd).toBe(true);
        expect(c.toUsd(a + 1n) > usd).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('has no route for a currency without rates', () => {
    expect(usdConverter(RATES, 'CHF', '2025-08-15')).toBeUndefined();
  });
});
