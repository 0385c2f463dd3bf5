/**
 * The money of a plan: pledges of the record in the states the scenario counts (committed and paid
 * by default; duplicates never), with what is left of each after its live allocations, valued in USD
 * at the plan date exactly as the allocation command values an allocation (convertVia, through EUR
 * when no direct rate exists); then the scenario's hypothetical money. Record pledges come in the
 * order they were announced, which is the order the greedy baseline spends them.
 */
import { conflict } from '../domain/errors.ts';
import type { FxRate } from '../domain/fx.ts';
import { format, fromJson, type Money } from '../domain/money.ts';
import { COUNTING_STATES } from '../domain/pledge.ts';
import { usdConverter, type UsdConverter } from './conversion.ts';
import type { Limits, PlanPledge } from './instance.ts';
import type { Scenario, ScenarioEarmark } from './scenario.ts';
import type { Snapshot } from './snapshot.ts';

const DEFAULT_STATES = ['committed', 'paid'];

function earmarkLimits(e: ScenarioEarmark | undefined): Limits {
  if (!e) return {};
  return { excludePackages: e.excludePackages, excludeLines: e.excludeLines, excludeAreas: e.excludeAreas, notBefore: e.notBefore };
}

export interface BuiltPledges {
  pledges: PlanPledge[];
  skipped: { pledgeId: string; reason: string }[];
}

function value(rates: readonly FxRate[], m: Money, asOf: string): { budget: number; fx: FxRate[]; usd: UsdConverter } | undefined {
  const usd = usdConverter(rates, m.currency, asOf);
  return usd ? { budget: Number(usd.toUsd(m.minor)), fx: usd.rates, usd } : undefined;
}

export function buildPledges(s: Snapshot, sc: Scenario, rates: readonly FxRate[], asOf: string): BuiltPledges {
  const states: readonly string[] = sc.pledgeStates ?? DEFAULT_STATES;
  const excluded = new Set(sc.excludePledges ?? []);
  const restrict = new Map<string, Limits>(
    (sc.restrict ?? []).map((r) => [r.pledgeId, { excludePackages: r.excludePackages, excludeLines: r.excludeLines, excludeAreas: r.excludeAreas, notBefore: r.notBefore }]),
  );
  const pledges: PlanPledge[] = [];
  const skipped: BuiltPledges['skipped'] = [];
  const ordered = [...s.pledges].sort((a, b) => (a.announcedOn < b.announcedOn ? -1 : a.announcedOn > b.announcedOn ? 1 : a.pledgeId < b.pledgeId ? -1 : 1));
  for (const p of ordered) {
    if (excluded.has(p.pledgeId) || !states.includes(p.state)) continue;
    if (p.duplicateOf !== null) {
      skipped.push({ pledgeId: p.pledgeId, reason: `a duplicate of '${p.duplicateOf}': its money is counted there` });
      continue;
    }
    if (p.amount === null) {
      skipped.push({ pledgeId: p.pledgeId, reason: 'no amount is recorded' });
      continue;
    }
    const remaining: Money = { minor: p.amount.minor - p.allocatedMinor, currency: p.amount.currency };
    if (remaining.minor <= 0n) {
      skipped.push({ pledgeId: p.pledgeId, reason: 'fully allocated' });
      continue;
    }
    const v = value(rates, remaining, asOf);
    if (!v) {
      skipped.push({ pledgeId: p.pledgeId, reason: `no exchange rate from ${remaining.currency} to USD is recorded (directly or through EUR)` });
      continue;
    }
    if (v.budget <= 0) {
      skipped.push({ pledgeId: p.pledgeId, reason: 'what is left is worth less than one US cent' });
      continue;
    }
    pledges.push({
      pledgeId: p.pledgeId,
      contributors: p.contributors,
      state: p.state,
      allocatable: COUNTING_STATES.includes(p.state),
      currency: remaining.currency,
      remainingMinor: remaining.minor,
      ...v,
      earmark: p.earmark,
      limits: restrict.get(p.pledgeId) ?? {},
    });
  }
  (sc.addPledges ?? []).forEach((a, i) => {
    const amount = fromJson(a.amount, `addPledges.${i}.amount`);
    const v = value(rates, amount, asOf);
    if (!v) {
      throw conflict(`addPledges.${i}.amount: no exchange rate from ${amount.currency} to USD is recorded on or around ${asOf}; add one under fxRates`, {
        field: `addPledges.${i}.amount.currency`,
      });
    }
    if (v.budget <= 0) throw conflict(`addPledges.${i}.amount: ${format(amount)} is worth less than one US cent`, { field: `addPledges.${i}.amount.minor` });
    const earmark = a.earmark ?? { kind: 'none' as const };
    pledges.push({
      pledgeId: a.pledgeId,
      contributors: a.contributors ?? [],
      state: 'hypothetical',
      allocatable: false,
      currency: amount.currency,
      remainingMinor: amount.minor,
      ...v,
      earmark,
      limits: earmarkLimits(a.earmark),
      label: a.label,
    });
  });
  return { pledges, skipped };
}
