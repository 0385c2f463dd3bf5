/**
 * Snapshot + scenario -> the planner's model (instance.ts): checks the scenario against the record,
 * builds targets and money, groups targets into eligibility classes, orders every line by rank, and
 * makes sure every amount fits exact integer arithmetic in a double (all sums below 2^53, that is
 * about USD 90 trillion: far beyond any real plan, refused with a clear message otherwise).
 */
import { conflict } from '../domain/errors.ts';
import type { FxRate } from '../domain/fx.ts';
import { buildPledges } from './build-pledges.ts';
import { buildTargets } from './build-targets.ts';
import { checkScenario } from './check-scenario.ts';
import { mayFund, ruleView } from './eligibility.ts';
import type { Instance, PlanPledge, PlanTarget } from './instance.ts';
import type { Scenario } from './scenario.ts';
import type { Snapshot } from './snapshot.ts';

/** Scenario rates are dated on the plan date and listed after the record's, so that on that date they are the ones picked. */
const scenarioRates = (sc: Scenario, asOf: string): FxRate[] =>
  (sc.fxRates ?? []).map((r) => ({ date: asOf, base: r.base, quote: r.quote, rate: r.rate, source: 'scenario (hypothetical)' }));

function checkExact(pledges: readonly PlanPledge[], targets: readonly PlanTarget[]): void {
  let total = 0;
  for (const p of pledges) total += p.budget;
  for (const t of targets) total += t.gap + t.priceMinor + t.lines.reduce((s, l) => s + l.unit * l.quantity, 0);
  if (!Number.isSafeInteger(total)) {
    throw conflict('the plan holds more money than the planner computes exactly (about USD 90 trillion in all); leave some pledges or lines out');
  }
}

/** Groups targets by the set of pledges that may fund them; lists each class's pledges most restricted first. */
function classify(pledges: readonly PlanPledge[], targets: PlanTarget[]): number[][] {
  const keys = new Map<string, number>();
  const classes: number[][] = [];
  const reach = new Array<number>(pledges.length).fill(0);
  for (const t of targets) {
    const view = ruleView(t);
    const eligible: number[] = [];
    pledges.forEach((p, i) => {
      if (mayFund(p, t, view)) eligible.push(i);
    });
    const key = eligible.join(',');
    let c = keys.get(key);
    if (c === undefined) {
      c = classes.length;
      keys.set(key, c);
      classes.push(eligible);
      for (const i of eligible) reach[i]!++;
    }
    t.cls = c;
  }
  for (const list of classes) list.sort((a, b) => reach[a]! - reach[b]! || a - b);
  return classes;
}

export function buildInstance(s: Snapshot, sc: Scenario, asOf: string): Instance {
  const include = { unpackagedLines: sc.include?.unpackagedLines ?? true, draftPackages: sc.include?.draftPackages ?? true };
  const { targets, notes } = buildTargets(s, include);
  checkScenario(s, sc, targets);
  const rates = [...s.rates, ...scenarioRates(sc, asOf)];
  const { pledges, skipped } = buildPledges(s, sc, rates, asOf);
  checkExact(pledges, targets);
  const classes = classify(pledges, targets);
  const order: [number, number][] = targets.flatMap((t, ti) => t.lines.map((_, li): [number, number] => [ti, li]));
  order.sort((a, b) => targets[a[0]]!.lines[a[1]]!.rank - targets[b[0]]!.lines[b[1]]!.rank);

  const where = new Map<string, [number, number]>(order.map(([t, l]) => [targets[t]!.lines[l]!.lineId, [t, l]]));
  const required = new Map<string, [number, number]>();
  for (const id of sc.require?.packageIds ?? []) {
    const ti = targets.findIndex((t) => t.kind === 'package' && t.id === id);
    targets[ti]!.lines.forEach((l, li) => required.set(l.lineId, [ti, li]));
  }
  for (const id of sc.require?.lineIds ?? []) required.set(id, where.get(id)!);
  const requiredOrder = [...required.values()].sort((a, b) => targets[a[0]]!.lines[a[1]]!.rank - targets[b[0]]!.lines[b[1]]!.rank);

  return { asOf, rates, pledges, targets, classes, order, required: requiredOrder, skipped, warnings: notes };
}
