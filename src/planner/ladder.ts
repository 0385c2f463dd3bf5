/**
 * What would change the plan: for the first lines the plan leaves short, the least unearmarked money
 * that would fund every line from rank 1 down to each of them in full. Needs are added in rank
 * order to one flow; the part no augmenting path can carry is exactly what the existing money cannot
 * do, and unearmarked money may fund anything, so that part is the answer (max-flow/min-cut). It
 * only grows down the list, so equal answers are grouped: "USD 120 million of unearmarked money would
 * fund every line ranked 1-16 in full".
 */
import { demandOf } from './demand.ts';
import { describeRanks, readableUsd } from './describe.ts';
import type { Instance } from './instance.ts';
import type { PriorityResult } from './priority.ts';
import { Routing } from './routing.ts';

export interface LadderStep {
  throughRank: number;
  lineIds: string[];
  ranks: number[];
  extra: number;
  message: string;
}

export function whatWouldChange(inst: Instance, pr: PriorityResult, maxLines = 12, maxSteps = 5): LadderStep[] {
  const routing = new Routing(
    inst.pledges.map((p) => p.budget),
    inst.classes,
  );
  const units = inst.targets.map((t) => t.lines.map(() => 0));
  const demand = inst.targets.map(() => 0);
  let missing = 0;
  const short: { lineId: string; rank: number; extra: number }[] = [];
  const outcome = new Map(pr.outcomes.map((o) => [`${o.target}:${o.line}`, o]));
  inst.order.forEach(([ti, k]) => {
    if (short.length >= maxLines) return;
    const t = inst.targets[ti]!;
    units[ti]![k] = t.lines[k]!.units;
    const after = t.whole ? t.gap : demandOf(t, units[ti]!);
    const inc = after - demand[ti]!;
    demand[ti] = after;
    if (inc > 0) missing += inc - routing.augment(t.cls, inc);
    const o = outcome.get(`${ti}:${k}`)!;
    if (o.units < o.max) short.push({ lineId: t.lines[k]!.lineId, rank: t.lines[k]!.rank, extra: missing });
  });
  const steps: LadderStep[] = [];
  for (const s of short) {
    const last = steps[steps.length - 1];
    if (last && last.extra === s.extra) {
      last.lineIds.push(s.lineId);
      last.ranks.push(s.rank);
      last.throughRank = s.rank;
    } else {
      if (steps.length >= maxSteps) break;
      steps.push({ throughRank: s.rank, lineIds: [s.lineId], ranks: [s.rank], extra: s.extra, message: '' });
    }
  }
  for (const s of steps) {
    const through = s.throughRank === 1 ? 'the line ranked 1' : `every line ranked 1-${s.throughRank}`;
    s.message = `${readableUsd(s.extra)} more of unearmarked money would fund ${through} in full (short now: ${describeRanks(s.ranks)}: ${s.lineIds.map((l) => `'${l}'`).join(', ')}).`;
  }
  return steps;
}
