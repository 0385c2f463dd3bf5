/**
 * Hand-solved plans: each case is small enough to solve on paper, and the planner must find that
 * answer: priorities before value, re-routed money beating the greedy waterfall, whole units,
 * packages funded whole or not at all, credit from current funding, the fewest allocations, FX
 * amounts the allocation command will accept, and reasons that name the binding money; and a solver
 * out of time gives its best plan and bound and says it is not proven.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { computePlan } from './plan.ts';
import { loadSolver, type Solver } from './solver.ts';
import type { Scenario } from './scenario.ts';
import type { Snapshot } from './snapshot.ts';
import { generateSnapshot } from '../../bench/planner-instances.ts';
import { acceptOnDomain } from '../../test/support/planner-check.ts';
import { line, pkg, pledge, snapshot, TODAY } from '../../test/support/planner-fixtures.ts';

let solver: Solver;
beforeAll(async () => {
  solver = await loadSolver();
});

const plan = (s: Snapshot, scenario: Scenario = {}) => computePlan(s, scenario, { solver, today: TODAY });
const outcome = (p: ReturnType<typeof plan>, id: string) => p.lines.find((l) => l.lineId === id)!;
const usd = (major: number) => String(Math.round(major * 100));

describe('priorities first', () => {
  it('funds the most urgent line even when a less urgent one would fund more value', () => {
    const lines = [line('a', 1, { unit: 100 }), line('b', 2, { unit: 60 }), line('c', 3, { unit: 60 })];
    const p = plan(snapshot({ lines, pledges: [pledge('p1', 120)] }));
    expect(outcome(p, 'a').outcome).toBe('funded');
    expect(outcome(p, 'b').outcome).toBe('unfunded');
    expect(outcome(p, 'b').binding?.kind).toBe('whole_package');
    expect(outcome(p, 'b').binding?.shortfall.minor).toBe(usd(40));
    expect(p.figures.valueFunded.minor).toBe(usd(100));
  });

  it('moves money between earmarks where the greedy waterfall cannot', () => {
    const lines = [line('ad', 1, { unit: 100, area: 'air_defence' }), line('art', 2, { unit: 100, area: 'artillery' })];
    const pledges = [pledge('free', 100, { announcedOn: '2025-08-01' }), pledge('ad-only', 100, { earmark: { kind: 'capability', capabilityArea: 'air_defence' }, announcedOn: '2025-09-01' })];
    const p = plan(snapshot({ lines, pledges }));
    expect(outcome(p, 'ad').outcome).toBe('funded');
    expect(outcome(p, 'art').outcome).toBe('funded');
    expect(outcome(p, 'ad').fundedBy).toEqual(['ad-only']);
    expect(p.greedy.linesFunded).toBe(1);
    expect(p.greedy.comparison).toBe('planner_better');
  });

  it('buys whole units of a partly fundable line, then fills what is left with cheaper lines below', () => {
    const lines = [line('a', 1, { unit: 4, quantity: 10, partial: true }), line('b', 2, { unit: 3 }), line('c', 3, { unit: 2 })];
    const p = plan(snapshot({ lines, pledges: [pledge('p1', 30)] }));
    expect(outcome(p, 'a').unitsPlanned).toBe('7');
    expect(outcome(p, 'a').outcome).toBe('partly_funded');
    expect(outcome(p, 'b').outcome).toBe('unfunded');
    expect(outcome(p, 'c').outcome).toBe('funded');
  });
});

describe('packages', () => {
  const lines = [
    line('a', 1, { unit: 50, quantity: 2, partial: true, packageId: 'pk' }),
    line('b', 2, { unit: 50 }),
    line('c', 3, { unit: 50, partial: false, packageId: 'pk' }),
  ];

  it('funds a package that must be funded whole entirely or not at all, and says why', () => {
    const p = plan(snapshot({ lines, packages: [pkg('pk', lines)], pledges: [pledge('p1', 120)] }));
    expect(outcome(p, 'a').outcome).toBe('unfunded');
    expect(outcome(p, 'a').binding?.kind).toBe('whole_package');
    expect(outcome(p, 'a').binding?.shortfall.minor).toBe(usd(30));
    expect(outcome(p, 'c').binding?.kind).toBe('whole_package_decided');
    expect(outcome(p, 'b').outcome).toBe('funded');
    expect(p.packages.find((k) => k.packageId === 'pk')!.becomesFunded).toBe(false);
  });

  it('allocates to an open package and marks it funded once the money reaches its price', () => {
    const p = plan(snapshot({ lines, packages: [pkg('pk', lines)], pledges: [pledge('p1', 150), pledge('p2', 50)] }));
    const k = p.packages.find((x) => x.packageId === 'pk')!;
    expect(k.becomesFunded).toBe(true);
    expect(p.allocations.filter((a) => a.packageId === 'pk').reduce((s, a) => s + BigInt(a.usdValue.minor), 0n)).toBe(BigInt(usd(150)));
    expect(outcome(p, 'a').statusAfterAccept).toBe('funded');
    expect(p.reservations.map((r) => r.targetId)).toEqual(['b']);
    expect(p.acceptable).toBe(true);
  });

  it('counts current funding against the most urgent lines of a partly fundable package', () => {
    const ls = [line('x', 1, { unit: 30, quantity: 3, partial: true, packageId: 'pk' }), line('y', 2, { unit: 20, quantity: 2, partial: true, packageId: 'pk' })];
    const p = plan(snapshot({ lines: ls, packages: [pkg('pk', ls, { fundedUsd: 70 })], pledges: [pledge('p1', 50)] }));
    // 70 pays 2 units of x (60) with 10 of credit; 50 more buys x's last unit (20 after credit) and one unit of y (20), 10 left.
    expect(outcome(p, 'x').unitsPaidBefore).toBe('2');
    expect(outcome(p, 'x').unitsPlanned).toBe('1');
    expect(outcome(p, 'y').unitsPlanned).toBe('1');
    expect(p.allocations[0]!.usdValue.minor).toBe(usd(40));
  });
});

describe('fewest allocations', () => {
  it('pairs pledges and packages so that no pledge is split when none needs to be', () => {
    const ls = [
      line('a', 1, { unit: 50, packageId: 'small' }),
      line('b', 2, { unit: 100, packageId: 'big' }),
    ];
    const pledges = [pledge('p50', 50, { announcedOn: '2025-09-01' }), pledge('p100', 100, { announcedOn: '2025-08-01' })];
    const p = plan(snapshot({ lines: ls, packages: [pkg('small', ls), pkg('big', ls)], pledges }));
    expect(p.allocations.map((a) => `${a.pledgeId}->${a.packageId}`).sort()).toEqual(['p100->big', 'p50->small']);
    expect(p.optimality.proven).toBe(true);
    expect(p.optimality.allocationsBound).toBe(2);
  });

  it('uses the solver to prove a split is needed', () => {
    // Three packages of 60 and two pledges of 90: all are funded, so some package takes money from
    // both pledges: four allocations, while the simple bound (one per package) says three.
    const ls = [line('a', 1, { unit: 60, packageId: 'pa' }), line('b', 2, { unit: 60, packageId: 'pb' }), line('c', 3, { unit: 60, packageId: 'pc' })];
    const pledges = [pledge('p1', 90), pledge('p2', 90)];
    const p = plan(snapshot({ lines: ls, packages: ['pa', 'pb', 'pc'].map((id) => pkg(id, ls)), pledges }));
    expect(p.figures.linesFunded).toBe(3);
    expect(p.optimality.allocations).toBe(4);
    expect(p.optimality.proven).toBe(true);
  });
});

describe('money in other currencies', () => {
  it('proposes euro amounts whose USD value the allocation command computes to the package price', () => {
    const ls = [line('a', 1, { unit: 1_170_000, packageId: 'pk' })];
    const p = plan(snapshot({ lines: ls, packages: [pkg('pk', ls)], pledges: [pledge('eur', 2_000_000, { currency: 'EUR' })] }));
    expect(p.allocations).toHaveLength(1);
    expect(p.allocations[0]!.amount).toEqual({ minor: usd(1_000_000), currency: 'EUR' });
    expect(p.allocations[0]!.usdValue.minor).toBe(usd(1_170_000));
    expect(p.packages[0]!.becomesFunded).toBe(true);
  });
});

describe('explanations', () => {
  it('names the earmark that keeps money away, and what unearmarked money would change', () => {
    const ls = [line('a', 1, { unit: 100, area: 'artillery' }), line('b', 2, { unit: 40, area: 'artillery' })];
    const pledges = [pledge('ad', 500, { earmark: { kind: 'capability', capabilityArea: 'air_defence' } }), pledge('free', 60)];
    const p = plan(snapshot({ lines: ls, pledges }));
    const a = outcome(p, 'a');
    expect(a.outcome).toBe('unfunded');
    const money = p.bindingMoney.find((m) => m.id === a.binding?.money);
    expect(money?.pledges.map((x) => x.pledgeId)).toEqual(['free']);
    expect(a.reason).toContain('earmarked for air_defence');
    expect(p.whatWouldChange[0]!.extraUnearmarked.minor).toBe(usd(40));
    expect(p.whatWouldChange[0]!.lineIds).toEqual(['a']);
  });
});

describe('a solver that runs out of time', () => {
  it('returns its best plan with the best proven bound, says it is not proven, and proposes only valid allocations', () => {
    // A generated instance whose fewest-allocations level the solver cannot settle in a tenth of a second.
    const s = generateSnapshot(1000, 200, 1);
    const p = plan(s, { timeLimitMs: 100 });
    expect(p.optimality.proven).toBe(false);
    expect(p.optimality.allocationsBound).toBeLessThan(p.optimality.allocations);
    expect(p.optimality.gap).toBeGreaterThan(0);
    expect(p.optimality.priorities).toBe('exact');
    expect(() => acceptOnDomain(s, p)).not.toThrow();
  });
});
