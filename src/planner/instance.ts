/**
 * The planner's model of one planning problem, built from a snapshot and a scenario
 * (build-instance.ts). Money here is USD minor units held in plain numbers: build-instance checks
 * that every budget and need, and their sums, stay below 2^53, so every addition, subtraction and
 * comparison is exact integer arithmetic.
 *
 * A target is what money is assigned to: a package (open for funding, or a draft), or a priced line
 * in no package yet ("a line that could be packaged next"). Targets with the same set of eligible
 * pledges form one eligibility class; the money-routing works on classes, since within a class any
 * pledge's money can go to any target.
 */
import type { Earmark, PledgeState } from '../domain/events.ts';
import type { FxRate } from '../domain/fx.ts';
import type { Currency } from '../domain/money.ts';
import type { UsdConverter } from './conversion.ts';
import type { ScenarioEarmark } from './scenario.ts';

export interface Limits {
  excludePackages?: string[] | undefined;
  excludeLines?: string[] | undefined;
  excludeAreas?: string[] | undefined;
  notBefore?: string | undefined;
}

export interface PlanPledge {
  pledgeId: string;
  contributors: string[];
  /** The record's state, or 'hypothetical' for scenario money. */
  state: PledgeState | 'hypothetical';
  /** True when the allocation command would accept money from it: a counting pledge of the record. */
  allocatable: boolean;
  currency: Currency;
  /** What is left to allocate, in the pledge's currency. */
  remainingMinor: bigint;
  /** The USD value of the remaining amount at the plan date, as the allocation command values it. */
  budget: number;
  /** The rates that value it (none for USD). */
  fx: FxRate[];
  /** Its conversion to USD at the plan date, exactly as allocate-funds converts. */
  usd: UsdConverter;
  earmark: Earmark | ScenarioEarmark;
  limits: Limits;
  label?: string | undefined;
}

export interface TargetLine {
  lineId: string;
  rank: number;
  item: string;
  area: string;
  neededBy: string;
  /** USD minor units per unit. */
  unit: number;
  quantity: number;
  /** Units the package's current funding already pays for (in rank order within the package). */
  covered: number;
  /** Units still to fund: quantity - covered. */
  units: number;
  partial: boolean;
}

export interface PlanTarget {
  /** The package id, or the line id for a line in no package. */
  id: string;
  kind: 'package' | 'line';
  name: string;
  /** The package's state, or 'priced' for a line in no package. */
  state: string;
  /** Takes allocations now (a prioritised or funding package); otherwise the plan reserves money for it. */
  open: boolean;
  /** Must be funded whole: some line does not allow partial funding. */
  whole: boolean;
  priceMinor: number;
  fundedBefore: number;
  /** price - funded: never more than this. */
  gap: number;
  /** Current funding beyond the whole units it covers, counted toward the next unit (partial targets). */
  credit: number;
  /** In rank order. */
  lines: TargetLine[];
  cls: number;
}

export interface Instance {
  asOf: string;
  /** The record's rates and the scenario's, as the valuations use them. */
  rates: FxRate[];
  /** In the order the greedy baseline spends them: record pledges by announcement date, then scenario money. */
  pledges: PlanPledge[];
  targets: PlanTarget[];
  /** For each eligibility class, the pledges (indices) whose money may fund its targets, most restricted first. */
  classes: number[][];
  /** Every target line, most urgent first: [target index, line index]. */
  order: [number, number][];
  /** Lines that must be funded in full before the priority pass: [target index, line index], most urgent first. */
  required: [number, number][];
  /** Pledges left out, and why (no amount, no FX rate, nothing left). */
  skipped: { pledgeId: string; reason: string }[];
  warnings: string[];
}
