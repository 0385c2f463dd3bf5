/**
 * Words for explanations: amounts a reader takes in at a glance ("USD 120 million"; the exact minor
 * units are always in the JSON beside the words), and the money that binds a line, grouped by
 * earmark.
 */
import type { MoneyJson } from '../domain/money.ts';
import { describeEarmark } from './eligibility.ts';
import type { Instance } from './instance.ts';

export const usdJson = (minor: number | bigint): MoneyJson => ({ minor: BigInt(minor).toString(), currency: 'USD' });

/** "USD 1.25 billion", "USD 120 million", "USD 4,500.00": rounded for reading, never for computing. */
export function readableUsd(minor: number): string {
  const major = minor / 100;
  const trim = (x: number) => x.toFixed(2).replace(/\.?0+$/, '');
  if (Math.abs(major) >= 1e9) return `USD ${trim(major / 1e9)} billion`;
  if (Math.abs(major) >= 1e6) return `USD ${trim(major / 1e6)} million`;
  return `USD ${major.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** Pledges grouped by earmark: "unearmarked (3 pledges, USD 1.2 billion); earmarked for air_defence ('p-7', USD 40 million)". */
export function describePledges(inst: Instance, pledges: readonly number[]): string {
  if (pledges.length === 0) return 'none';
  const groups = new Map<string, number[]>();
  for (const i of pledges) {
    const key = describeEarmark(inst.pledges[i]!.earmark);
    groups.set(key, [...(groups.get(key) ?? []), i]);
  }
  return [...groups]
    .map(([key, list]) => {
      const total = list.reduce((s, i) => s + inst.pledges[i]!.budget, 0);
      const who = list.length <= 3 ? list.map((i) => `'${inst.pledges[i]!.pledgeId}'`).join(', ') : `${list.length} pledges`;
      return `${key} (${who}, ${readableUsd(total)})`;
    })
    .join('; ');
}

/** "rank 14 ('ill-gmlrs-b')", or "ranks 14-16" for a run. */
export function describeRanks(ranks: readonly number[]): string {
  if (ranks.length === 1) return `rank ${ranks[0]}`;
  const sorted = [...ranks].sort((a, b) => a - b);
  const run = sorted.every((r, i) => i === 0 || r === sorted[i - 1]! + 1);
  return run ? `ranks ${sorted[0]}-${sorted[sorted.length - 1]}` : `ranks ${sorted.join(', ')}`;
}
