/** Proves the readable money formats are exact: grouped keeps every digit, compact drops none. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { money, parseMajor } from './money.ts';
import { formatCompact, formatGrouped } from './money-text.ts';

describe('money as text', () => {
  it.each([
    [money(50_000_000_000n, 'EUR'), 'EUR 500m', 'EUR 500,000,000.00'],
    [money(150_000_000_000n, 'USD'), 'USD 1.5bn', 'USD 1,500,000,000.00'],
    [money(17_430_000_000n, 'USD'), 'USD 174.3m', 'USD 174,300,000.00'],
    [money(-7_730_000_000n, 'USD'), 'USD -77.3m', 'USD -77,300,000.00'],
    [money(200_000_000n, 'EUR'), 'EUR 2m', 'EUR 2,000,000.00'],
    [money(33_800_000n, 'USD'), 'USD 338,000.00', 'USD 338,000.00'],
    [money(50_000_400_012n, 'USD'), 'USD 500,004,000.12', 'USD 500,004,000.12'],
    [money(2_000_000_000n, 'ISK'), 'ISK 2bn', 'ISK 2,000,000,000'],
    [money(0n, 'USD'), 'USD 0.00', 'USD 0.00'],
  ])('writes %o as %s and %s', (m, compact, grouped) => {
    expect(formatCompact(m)).toBe(compact);
    expect(formatGrouped(m)).toBe(grouped);
  });

  it('reads back exactly from either form (property)', () => {
    const unparse = (text: string): string => {
      const body = text.slice(4).replace(/,/g, '');
      const m = /^(-?[\d.]+)(bn|m)?$/.exec(body)!;
      if (!m[2]) return m[1]!;
      const [int, frac = ''] = m[1]!.split('.');
      const digits = m[2] === 'bn' ? 9 : 6;
      return int! + frac.padEnd(digits, '0');
    };
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (minor) => {
        const m = money(minor, 'USD');
        expect(parseMajor(unparse(formatGrouped(m)), 'USD')).toEqual(m);
        expect(parseMajor(unparse(formatCompact(m)), 'USD')).toEqual(m);
      }),
      { seed: 4242, numRuns: 500 },
    );
  });
});
