/**
 * The planner against brute force, on random tiny instances (a few lines, packages open or draft,
 * one to three pledges in USD, EUR or NOK with earmarks): its funding is the lexicographic optimum
 * that enumerating every choice finds; its count of allocations is the fewest any routing of that
 * funding needs, whenever it says so is proven; every allocation it proposes passes the allocation
 * rule as accept-plan applies it (never beyond a pledge, a package's price or an earmark), and a
 * package it says becomes funded does; and it is never worse than the greedy waterfall. A second
 * check solves level 1 again by one HiGHS MIP per line (verify-lex.ts) on slightly larger instances.
 * The seed is printed; replay with PURL_SEED.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Earmark } from '../src/domain/events.ts';
import type { FxRate } from '../src/domain/fx.ts';
import type { Currency } from '../src/domain/money.ts';
import { buildInstance } from '../src/planner/build-instance.ts';
import { greedyPlan } from '../src/planner/greedy.ts';
import { compareLex } from '../src/planner/objective.ts';
import { computePlan } from '../src/planner/plan.ts';
import { priorityPass } from '../src/planner/priority.ts';
import { loadSolver, type Solver } from '../src/planner/solver.ts';
import { sinksOf } from '../src/planner/split-heuristic.ts';
import { lexByMip } from '../src/planner/verify-lex.ts';
import type { SnapshotLine } from '../src/planner/snapshot.ts';
import { line, pkg, pledge, snapshot, TODAY } from './support/planner-fixtures.ts';
import { bruteLex, brutePieces } from './support/planner-brute.ts';
import { acceptOnDomain } from './support/planner-check.ts';

const SEED = Number(process.env.PURL_SEED ?? Math.floor(Math.random() * 2 ** 31));
const RATES: FxRate[] = [
  { date: '2025-07-01', base: 'EUR', quote: 'USD', rate: '1.17', source: 'test' },
  { date: '2025-07-01', base: 'EUR', quote: 'NOK', rate: '11.7', source: 'test' },
];

const lineArb = fc.record({
  unit: fc.integer({ min: 1, max: 6 }),
  cents: fc.constantFrom(0, 0.33, 0.5),
  quantity: fc.integer({ min: 1, max: 3 }),
  partial: fc.boolean(),
  area: fc.constantFrom('air_defence', 'artillery'),
  pkg: fc.constantFrom(null, 'pa', 'pb'),
});
const pledgeArb = fc.record({
  amount: fc.integer({ min: 1, max: 20 }),
  currency: fc.constantFrom<Currency>('USD', 'EUR', 'NOK'),
  earmark: fc.constantFrom<Earmark>(
    { kind: 'none' },
    { kind: 'capability', capabilityArea: 'air_defence' },
    { kind: 'capability', capabilityArea: 'artillery' },
    { kind: 'package', packageId: 'pa' },
    { kind: 'package', packageId: 'pb' },
  ),
});
const packageArb = fc.record({ state: fc.constantFrom<'funding' | 'draft'>('funding', 'funding', 'draft'), fundedPct: fc.constantFrom(0, 0, 25, 60) });

function instanceArb(maxLines: number, maxPledges: number) {
  return fc.record({
    lines: fc.array(lineArb, { minLength: 1, maxLength: maxLines }),
    pa: packageArb,
    pb: packageArb,
    pledges: fc.array(pledgeArb, { minLength: 1, maxLength: maxPledges }),
  });
}

type Spec = ReturnType<typeof instanceArb> extends fc.Arbitrary<infer T> ? T : never;

function build(spec: Spec) {
  const lines: SnapshotLine[] = spec.lines.map((l, n) => line(`l${n + 1}`, n + 1, { unit: l.unit + l.cents, quantity: l.quantity, partial: l.partial, area: l.area, packageId: l.pkg }));
  const packages = (['pa', 'pb'] as const)
    .filter((id) => lines.some((l) => l.packageId === id))
    .map((id) => {
      const p = pkg(id, lines, { state: spec[id].state });
      if (p.state === 'funding') p.fundedMinor = (p.priceMinor * BigInt(spec[id].fundedPct)) / 100n;
      return p;
    });
  const pledges = spec.pledges.map((p, n) => pledge(`p${n + 1}`, p.amount, { currency: p.currency, earmark: p.earmark }));
  return snapshot({ lines, packages, pledges, rates: RATES });
}

/** Units with every zero a plain zero: arithmetic may give -0, which toEqual tells apart. */
const norm = (u: number[][]) => u.map((r) => r.map((x) => x + 0));

let solver: Solver;
beforeAll(async () => {
  solver = await loadSolver();
  console.log(`planner property: seed ${SEED} (replay with PURL_SEED=${SEED})`);
});

describe('the planner on tiny instances', () => {
  it('finds the true optimum, proposes only what the allocation rule accepts, and never does worse than greedy', () => {
    fc.assert(
      fc.property(instanceArb(5, 3), (spec) => {
        const s = build(spec);
        const inst = buildInstance(s, {}, TODAY);
        const pr = priorityPass(inst);
        expect(norm(pr.units)).toEqual(norm(bruteLex(inst)));
        expect(compareLex(inst, pr.units, greedyPlan(inst).units)).toBeGreaterThanOrEqual(0);

        const plan = computePlan(s, {}, { solver, today: TODAY });
        expect(['planner_better', 'equal']).toContain(plan.greedy.comparison);
        const sinks = sinksOf(inst, pr);
        const sinkOf = new Map(sinks.real.map((r, k) => [r.target, k]));
        const fewest = brutePieces(inst, pr.demand, (i, t) => sinks.hits(i, sinkOf.get(t)!));
        if (plan.optimality.proven) expect(plan.optimality.allocations).toBe(fewest);
        expect(plan.optimality.allocations).toBeGreaterThanOrEqual(fewest);
        expect(plan.optimality.allocationsBound).toBeLessThanOrEqual(fewest);

        if (plan.allocations.length > 0) {
          const after = acceptOnDomain(s, plan);
          for (const k of plan.packages) {
            if (k.becomesFunded) expect(after.packages.get(k.packageId)!.state).toBe('funded');
          }
        }
        for (const r of plan.reservations) expect(plan.packages.find((k) => k.packageId === r.targetId)?.state ?? 'priced').not.toBe('funding');
      }),
      { seed: SEED, numRuns: Number(process.env.PURL_PROPERTY_RUNS ?? 150) },
    );
  });

  it('agrees with lexicographic solves by HiGHS, one MIP per line', () => {
    fc.assert(
      fc.property(instanceArb(9, 4), (spec) => {
        const inst = buildInstance(build(spec), {}, TODAY);
        expect(norm(priorityPass(inst).units)).toEqual(norm(lexByMip(solver, inst)));
      }),
      { seed: SEED + 1, numRuns: 40 },
    );
  });
});
