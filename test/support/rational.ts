/**
 * Exact rational checks for rounding, in integer arithmetic only: the references the money and FX
 * property tests compare the implementation with. No floats.
 */

export const abs = (x: bigint): bigint => (x < 0n ? -x : x);

/**
 * True when r is num/den rounded half to even: r is within one half of num/den
 * (|2(num - r*den)| <= den) and, on an exact tie, r is even. `den` must be positive.
 */
export function isHalfEvenRounding(num: bigint, den: bigint, r: bigint): boolean {
  const twiceError = abs(2n * (num - r * den));
  if (twiceError > den) return false;
  return twiceError < den || r % 2n === 0n;
}

/** An independent reference for num/den rounded half to even: floor, then compare the remainder with half. */
export function referenceHalfEven(num: bigint, den: bigint): bigint {
  let floor = num / den;
  if (num % den !== 0n && num < 0n) floor -= 1n;
  const twiceRemainder = 2n * (num - floor * den); // in [0, 2*den)
  if (twiceRemainder < den) return floor;
  if (twiceRemainder > den) return floor + 1n;
  return floor % 2n === 0n ? floor : floor + 1n;
}


