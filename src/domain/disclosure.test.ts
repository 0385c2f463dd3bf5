/**
 * Proves the public's ranges (src/domain/disclosure.ts): each holds its figure, is at least USD 10
 * million wide and at least one unit of the figure's second significant digit, and depends on the
 * figure only through that rounding; shares in percent hold the true share.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RANGE_FLOOR_MINOR, rangeOf, shareRange } from './disclosure.ts';

describe('rangeOf', () => {
  it('holds the figure, at least USD 10 million and two significant digits wide', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 18n }), (x) => {
        const r = rangeOf(x);
        expect(r.low <= x && x < r.high).toBe(true);
        expect(r.high - r.low >= RANGE_FLOOR_MINOR).toBe(true);
        // Never finer than the second significant digit: the width is at least a hundredth of the figure.
        expect((r.high - r.low) * 100n > x).toBe(true);
      }),
    );
  });
  it('rounds outward: USD 1,234,567,890.12 is USD 1.2bn to 1.3bn; USD 3m is 0 to 10m', () => {
    expect(rangeOf(123_456_789_012n)).toEqual({ low: 120_000_000_000n, high: 130_000_000_000n });
    expect(rangeOf(300_000_000n)).toEqual({ low: 0n, high: 1_000_000_000n });
    expect(rangeOf(0n)).toEqual({ low: 0n, high: 1_000_000_000n });
  });
});

describe('shareRange', () => {
  it('holds the true share of funding over need, in whole percent', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 14n }), fc.bigInt({ min: 0n, max: 10n ** 14n }), (need, f) => {
        const funded = f > need ? need : f;
        const s = shareRange(rangeOf(funded), rangeOf(need))!;
        const truePct = Number((funded * 10_000n) / need) / 100;
        expect(s.low <= truePct && truePct <= s.high).toBe(true);
      }),
    );
  });
});
