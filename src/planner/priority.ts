/**
 * Level 1 of the objective, priorities first: the lexicographic maximum of the units funded, line by
 * line in rank order. It is computed exactly by lexicographic solves, one per line, most urgent
 * first: each line gets the most whole units (or, in a package that must be funded whole, the whole
 * package or nothing) for which the money can still be routed while every line above keeps what it
 * got. Whether a set of needs can be met is a flow question (pledges -> eligibility classes), so each
 * solve is an augmenting-path maximum flow in exact integers, and where a line falls short the
 * search's cut names the money that binds it. Required lines (scenario.require) go first; if the money
 * cannot meet them the plan is refused, naming that money.
 */
import { conflict } from '../domain/errors.ts';
import { format } from '../domain/money.ts';
import { demandOf, unitsValue, unitsWithin } from './demand.ts';
import type { Instance, PlanTarget } from './instance.ts';
import { Routing } from './routing.ts';

export interface LineOutcome {
  target: number;
  line: number;
  /** New units the plan funds. */
  units: number;
  /** Units that were still to fund. */
  max: number;
  /** Money that could still reach the line at its turn (at most `need`). */
  avail: number;
  /** Money its remaining units needed at its turn (a whole package: its gap). */
  need: number;
  /** Money one more unit needed at its turn. */
  nextUnit: number;
  /** The pledges whose money binds it, when it fell short. */
  cut: number[];
  /** For a line of a package funded whole or not at all: the line whose turn decided the package. */
  decidedBy: string | null;
  required: boolean;
}

export interface PriorityResult {
  /** New units per target and line. */
  units: number[][];
  /** New money per target (USD minor units). */
  demand: number[];
  /** The money routed to each eligibility class. */
  routing: Routing;
  /** One per line, most urgent first. */
  outcomes: LineOutcome[];
}

const usd = (minor: number) => format({ minor: BigInt(minor), currency: 'USD' });

export function priorityPass(inst: Instance): PriorityResult {
  const { targets, classes } = inst;
  const routing = new Routing(
    inst.pledges.map((p) => p.budget),
    classes,
  );
  const units = targets.map((t) => t.lines.map(() => 0));
  const value = targets.map(() => 0);
  const demand = targets.map(() => 0);
  const decided = new Map<number, LineOutcome>(); // whole targets: the outcome of the line whose turn decided them
  // What may still reach each class: an upper bound, exact when measured at the current version.
  const upper = classes.map((c) => c.reduce((s, i) => s + inst.pledges[i]!.budget, 0));
  const exactAt = classes.map(() => -1);
  const cutOf: number[][] = classes.map(() => []);
  let version = 0;
  const outcomes: LineOutcome[] = [];
  const requiredSet = new Set(inst.required.map(([t, k]) => `${t}:${k}`));

  const fund = (t: PlanTarget, ti: number, k: number, y: number) => {
    if (t.whole) t.lines.forEach((l, j) => (units[ti]![j] = l.units));
    else units[ti]![k] = y;
    value[ti] = unitsValue(t, units[ti]!);
    demand[ti] = demandOf(t, units[ti]!);
  };

  /** The money line k needs for y units, on top of what its target already takes. */
  const costOf = (t: PlanTarget, ti: number, k: number, y: number): number => {
    if (t.whole) return t.gap;
    const trial = [...units[ti]!];
    trial[k] = y;
    return demandOf(t, trial) - demand[ti]!;
  };

  const decide = (ti: number, k: number, required: boolean): LineOutcome => {
    const t = targets[ti]!;
    const line = t.lines[k]!;
    const c = t.cls;
    const base = { target: ti, line: k, required, decidedBy: null as string | null };
    const first = decided.get(ti);
    if (first !== undefined) {
      return { ...first, line: k, units: units[ti]![k]!, max: line.units, decidedBy: t.lines[first.line]!.lineId, required };
    }
    const max = t.whole ? line.units : line.units - units[ti]![k]!;
    const need = costOf(t, ti, k, t.whole ? line.units : line.units);
    const nextUnit = t.whole ? need : costOf(t, ti, k, Math.min(line.units, units[ti]![k]! + 1));
    if (max === 0) return { ...base, units: 0, max, avail: 0, need: 0, nextUnit: 0, cut: [] };
    if (upper[c]! < nextUnit && (exactAt[c] === version || upper[c] === 0)) {
      return { ...base, units: 0, max, avail: upper[c]!, need, nextUnit, cut: cutOf[c]! };
    }
    const m = routing.mark();
    const got = routing.augment(c, need);
    if (got === need) {
      fund(t, ti, k, line.units);
      upper[c] = Math.max(0, upper[c]! - need);
      if (need > 0) version++;
      return { ...base, units: max, max, avail: need, need, nextUnit, cut: [] };
    }
    const cut = routing.lastCut;
    routing.rollback(m);
    const y = t.whole ? 0 : unitsWithin(t, k, value[ti]!, demand[ti]!, got);
    const spend = y > 0 ? costOf(t, ti, k, y) : 0;
    if (y > 0) {
      if (routing.augment(c, spend) !== spend) throw new Error('the flow could not send what it had found');
      fund(t, ti, k, y);
      if (spend > 0) version++;
    }
    upper[c] = got - spend;
    exactAt[c] = version;
    cutOf[c] = cut;
    return { ...base, units: y, max, avail: got, need, nextUnit, cut };
  };

  const record = (o: LineOutcome): LineOutcome => {
    if (targets[o.target]!.whole && o.decidedBy === null) decided.set(o.target, o);
    return o;
  };
  for (const [ti, k] of inst.required) {
    const o = record(decide(ti, k, true));
    if (o.units < o.max) {
      const t = targets[ti]!;
      const names = o.cut.map((i) => `'${inst.pledges[i]!.pledgeId}'`).join(', ') || 'none';
      throw conflict(
        `the scenario requires ${t.kind === 'package' ? `package '${t.id}'` : `line '${t.lines[k]!.lineId}'`} in full, which needs ${usd(o.need)} more, ` +
          `but the money that may fund it after the other requirements is only ${usd(o.avail)} (pledges: ${names})`,
        { field: 'require', lineId: t.lines[k]!.lineId, needMinor: String(o.need), availableMinor: String(o.avail) },
      );
    }
    outcomes.push(o);
  }
  for (const [ti, k] of inst.order) {
    if (requiredSet.has(`${ti}:${k}`)) continue;
    outcomes.push(record(decide(ti, k, false)));
  }
  outcomes.sort((a, b) => targets[a.target]!.lines[a.line]!.rank - targets[b.target]!.lines[b.line]!.rank);
  return { units, demand, routing, outcomes };
}
