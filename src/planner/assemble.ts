/**
 * Puts a plan together for readers: the allocations to make (exact, in each pledge's currency), the
 * money set aside for drafts and unpackaged lines, each package and line before and after, every
 * line's reason, every pledge's use, the greedy baseline's figures, and what would change the plan.
 */
import { toJson, type MoneyJson } from '../domain/money.ts';
import { describeEarmark } from './eligibility.ts';
import { usdJson } from './describe.ts';
import { BindingMoney, explainLine } from './explain.ts';
import type { Figures } from './objective.ts';
import type { Instance } from './instance.ts';
import type { LadderStep } from './ladder.ts';
import type { Plan } from './plan-schema.ts';
import type { PriorityResult } from './priority.ts';
import type { Realized } from './realize.ts';
import type { Snapshot } from './snapshot.ts';
import type { SplitResult } from './splits.ts';

const rateJson = (r: { date: string; base: string; quote: string; rate: string }) => ({ date: r.date, base: r.base, quote: r.quote, rate: r.rate }) as Plan['allocations'][number]['fx'][number];

export interface Parts {
  snapshot: Snapshot;
  inst: Instance;
  pr: PriorityResult;
  splits: SplitResult;
  realized: Realized;
  planner: Figures;
  greedy: Figures & { allocations: number; comparison: 'planner_better' | 'equal' };
  ladder: LadderStep[];
}

/** Reserved money per class, spread over the class's drafts and unpackaged lines most urgent first. */
function reservations(inst: Instance, pr: PriorityResult, s: SplitResult): { pledge: number; target: number; usd: number }[] {
  const out: { pledge: number; target: number; usd: number }[] = [];
  s.sinks.reserve.forEach((r, n) => {
    const k = s.sinks.real.length + n;
    const money = s.routing.eligible[k]!.map((i): [number, number] => [i, s.routing.get(i, k)]).filter(([, v]) => v > 0);
    const targets = inst.targets
      .map((t, ti) => ({ t, ti }))
      .filter(({ t, ti }) => !t.open && t.cls === r.cls && pr.demand[ti]! > 0)
      .sort((a, b) => a.t.lines[0]!.rank - b.t.lines[0]!.rank);
    let p = 0;
    for (const { ti } of targets) {
      let need = pr.demand[ti]!;
      while (need > 0 && p < money.length) {
        const entry = money[p]!;
        const d = Math.min(need, entry[1]);
        out.push({ pledge: entry[0], target: ti, usd: d });
        need -= d;
        entry[1] -= d;
        if (entry[1] === 0) p++;
      }
    }
  });
  return out;
}

export function assemble(x: Parts): Omit<Plan, 'planId' | 'snapshotHash' | 'asOf' | 'acceptable' | 'notAcceptable' | 'optimality'> {
  const { inst, pr, realized } = x;
  const reserved = reservations(inst, pr, x.splits);
  const toTarget = new Map<number, Set<string>>();
  const note = (ti: number, i: number) => toTarget.set(ti, (toTarget.get(ti) ?? new Set()).add(inst.pledges[i]!.pledgeId));
  realized.pieces.forEach((p) => note(p.target, p.pledge));
  reserved.forEach((r) => note(r.target, r.pledge));

  const allocatedUsd = inst.targets.map(() => 0n);
  realized.pieces.forEach((p) => (allocatedUsd[p.target]! += p.usd));
  const reservedUsd = inst.targets.map(() => 0);
  reserved.forEach((r) => (reservedUsd[r.target]! += r.usd));
  const becomesFunded = inst.targets.map((t, ti) => t.open && BigInt(t.fundedBefore) + allocatedUsd[ti]! === BigInt(t.priceMinor));

  const idle = inst.pledges.map((_, i) => i).filter((i) => x.splits.routing.slack(i) > 0);
  const statusNow = new Map(x.snapshot.lines.map((l) => [l.lineId, l.status]));

  const money = new BindingMoney(inst);
  const idleText = new Map<number, string>();
  const lines = pr.outcomes.map((o) => {
    const t = inst.targets[o.target]!;
    const l = t.lines[o.line]!;
    const e = explainLine(inst, o, idle, money, idleText);
    const now = statusNow.get(l.lineId) ?? 'priced';
    return {
      lineId: l.lineId,
      rank: l.rank,
      item: l.item,
      capabilityArea: l.area,
      neededBy: l.neededBy,
      target: { kind: t.kind, id: t.id, open: t.open },
      quantity: String(l.quantity),
      unitPrice: usdJson(l.unit),
      unitsPaidBefore: String(l.covered),
      unitsPlanned: String(o.units),
      outcome: e.outcome,
      plannedValue: usdJson(o.units * l.unit),
      statusNow: now,
      statusAfterAccept: becomesFunded[o.target] ? 'funded' : now,
      fundedBy: [...(toTarget.get(o.target) ?? [])].sort(),
      reason: e.reason,
      binding: e.binding,
    };
  });

  const packages = inst.targets
    .map((t, ti) => ({ t, ti }))
    .filter(({ t }) => t.kind === 'package')
    .map(({ t, ti }) => {
      const planned = t.open ? allocatedUsd[ti]! : BigInt(reservedUsd[ti]!);
      const short = realized.shortfall.get(ti);
      return {
        packageId: t.id,
        name: t.name,
        state: t.state,
        wholeOnly: t.whole,
        price: usdJson(t.priceMinor),
        fundedBefore: usdJson(t.fundedBefore),
        planned: usdJson(planned),
        fundedAfter: usdJson(BigInt(t.fundedBefore) + (t.open ? planned : 0n)),
        becomesFunded: becomesFunded[ti]!,
        roundingShortfall: short ? usdJson(short) : null,
      };
    });

  const allocatedOf = inst.pledges.map(() => 0n);
  realized.pieces.forEach((p) => (allocatedOf[p.pledge]! += p.amount));
  const reservedOf = inst.pledges.map(() => 0);
  reserved.forEach((r) => (reservedOf[r.pledge]! += r.usd));
  const pledges = inst.pledges.map((p, i) => {
    const rest = p.remainingMinor - allocatedOf[i]!;
    const restUsd = rest > 0n ? p.usd.toUsd(rest) : 0n;
    const left = restUsd - BigInt(reservedOf[i]!);
    const money = (minor: bigint): MoneyJson => toJson({ minor, currency: p.currency });
    return {
      pledgeId: p.pledgeId,
      contributors: p.contributors,
      state: p.state,
      allocatable: p.allocatable,
      earmark: describeEarmark(p.earmark),
      remaining: money(p.remainingMinor),
      usdValue: usdJson(p.budget),
      allocated: money(allocatedOf[i]!),
      reservedUsd: usdJson(reservedOf[i]!),
      leftUsd: usdJson(left > 0n ? left : 0n),
      fx: p.fx.map(rateJson),
    };
  });

  const allocations = realized.pieces.map((p) => {
    const pl = inst.pledges[p.pledge]!;
    return {
      pledgeId: pl.pledgeId,
      contributors: pl.contributors,
      packageId: inst.targets[p.target]!.id,
      amount: toJson({ minor: p.amount, currency: pl.currency }),
      usdValue: usdJson(p.usd),
      fx: p.fx.map(rateJson),
      roundingTopUp: p.topUp,
    };
  });
  const figures = (f: Figures, allocationCount: number) => ({
    valueFunded: usdJson(f.valueUsd),
    linesFunded: f.linesFunded,
    topLinesFunded: f.topLinesFunded,
    topLines: f.topLines,
    fundedRun: f.fundedRun,
    allocations: allocationCount,
  });

  return {
    figures: figures(x.planner, allocations.length),
    greedy: { ...figures(x.greedy, x.greedy.allocations), comparison: x.greedy.comparison },
    allocations,
    reservations: reserved.map((r) => {
      const t = inst.targets[r.target]!;
      return {
        pledgeId: inst.pledges[r.pledge]!.pledgeId,
        targetKind: t.kind,
        targetId: t.id,
        usdValue: usdJson(r.usd),
        note: t.kind === 'line' ? 'for a line in no package: package it and open the package to allocate' : `for draft package '${t.id}': open it for funding to allocate`,
      };
    }),
    packages,
    lines,
    pledges,
    bindingMoney: money.list.map((m) => ({
      id: m.id,
      pledges: m.pledges.map((i) => ({ pledgeId: inst.pledges[i]!.pledgeId, earmark: describeEarmark(inst.pledges[i]!.earmark), usdValue: usdJson(inst.pledges[i]!.budget) })),
      total: usdJson(m.pledges.reduce((s, i) => s + inst.pledges[i]!.budget, 0)),
    })),
    whatWouldChange: x.ladder.map((s) => ({ throughRank: s.throughRank, lineIds: s.lineIds, extraUnearmarked: usdJson(s.extra), message: s.message })),
    skippedPledges: inst.skipped,
    unplannable: x.snapshot.unplannable.map((u) => ({ lineId: u.lineId, rank: u.rank, status: u.status, reason: u.reason })),
    warnings: inst.warnings,
  };
}
