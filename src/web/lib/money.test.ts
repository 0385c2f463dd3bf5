// Proves the browser's money helpers keep amounts exact: decimal strings from minor units, input
// parsing by the server's rules, BigInt sums and ratios, with a property test for the round trip.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney, parseMajor, ratioBp, ratioPpm, sumMinor, toDecimalString } from './money.ts';

describe('money in the browser', () => {
  it('writes minor units as an exact decimal string', () => {
    expect(toDecimalString('50000000000', 2)).toBe('500000000.00');
    expect(toDecimalString('5', 2)).toBe('0.05');
    expect(toDecimalString('1200', 0)).toBe('1200');
  });

  it('formats with Intl by the currency exponent, without rounding through a float', () => {
    expect(formatMoney({ minor: '900719925474099301', currency: 'USD' }, 'en').replace(/\s/g, ' ')).toBe('USD 9,007,199,254,740,993.01');
    expect(formatMoney({ minor: '1200', currency: 'ISK' }, 'en').replace(/\s/g, ' ')).toBe('ISK 1,200');
    expect(formatMoney({ minor: '50000000050', currency: 'EUR' }, 'uk').replace(/\s/g, ' ')).toMatch(/^500 000 000,50 /);
    expect(formatMoney({ minor: '50000000000', currency: 'USD' }, 'en').replace(/\s/g, ' ')).toBe('USD 500,000,000');
  });

  it('parses what a person types by the server rules', () => {
    expect(parseMajor('500 000 000', 'USD')).toEqual({ ok: true, minor: '50000000000' });
    expect(parseMajor('1,250.50', 'USD')).toEqual({ ok: true, minor: '125050' });
    expect(parseMajor('1 250,5', 'EUR')).toEqual({ ok: true, minor: '125050' });
    expect(parseMajor('1,000', 'USD')).toEqual({ ok: true, minor: '100000' });
    expect(parseMajor('12.345', 'USD')).toEqual({ ok: true, minor: '1234500' });
    expect(parseMajor('12.3', 'ISK')).toEqual({ ok: false, error: 'decimals' });
    expect(parseMajor('', 'USD')).toEqual({ ok: false, error: 'empty' });
    expect(parseMajor('-5', 'USD')).toEqual({ ok: false, error: 'format' });
    expect(parseMajor('0', 'USD')).toEqual({ ok: false, error: 'zero' });
    expect(parseMajor('10000000000000', 'USD')).toEqual({ ok: false, error: 'too_long' });
  });

  it('sums and divides with BigInt', () => {
    expect(sumMinor(['9007199254740993', '1'])).toBe('9007199254740994');
    expect(ratioBp('50', '100')).toBe(5000);
    expect(ratioBp('1', '0')).toBeNull();
    expect(ratioPpm('57825000000', '122700000000000')).toBe(471);
  });

  it('round-trips any minor amount through its decimal string and back', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 15n - 1n }), (n) => {
        const text = toDecimalString(n.toString(), 2);
        expect(parseMajor(text, 'USD')).toEqual({ ok: true, minor: n.toString() });
      }),
    );
  });
});
