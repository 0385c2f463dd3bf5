/**
 * How much new money a target needs for a choice of units. A target that must be funded whole needs
 * its whole gap or nothing. Otherwise it needs the value of the new units less its credit (current
 * funding that does not yet pay for a whole unit), and never less than nothing.
 */
import type { PlanTarget } from './instance.ts';

/** Value of the new units chosen for a partly fundable target. */
export const unitsValue = (t: PlanTarget, units: readonly number[]): number => t.lines.reduce((s, l, k) => s + l.unit * units[k]!, 0);

export function demandOf(t: PlanTarget, units: readonly number[]): number {
  if (t.whole) return units.some((u) => u > 0) ? t.gap : 0;
  return Math.max(0, unitsValue(t, units) - t.credit);
}

/** The most units of line k that `money` more can buy, given the target's current value and demand. */
export function unitsWithin(t: PlanTarget, k: number, value: number, demand: number, money: number): number {
  const l = t.lines[k]!;
  // Need: max(0, value + unit * y - credit) <= demand + money, i.e. unit * y <= demand + money + credit - value.
  const room = demand + money + t.credit - value;
  if (room < 0) return 0;
  let y = Math.max(0, Math.min(l.units, Math.floor(room / l.unit)));
  while (y > 0 && l.unit * y > room) y--; // guard the float division
  return y;
}
