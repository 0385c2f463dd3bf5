/**
 * The fewest allocations on the generated 1,000-line, 200-pledge instance of the benchmark
 * (bench/planner-instances.ts, seed 1) is 53, proven: a routing with 53 allocations exists (each
 * package's funders are listed below; the money is routed through them in exact integers and every
 * need is met within each pledge's money and eligibility), and HiGHS's bound on the model of
 * split-mip.ts, started from that routing, is 53. The planner's tree search over covers
 * (split-covers.ts), told that bound, finds a routing with that many allocations from the planner's
 * own start. If the generator, the priority pass or the model change, the listed funders may no
 * longer carry the money, and this test says so.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildInstance } from '../src/planner/build-instance.ts';
import { priorityPass } from '../src/planner/priority.ts';
import { loadSolver, type Solver } from '../src/planner/solver.ts';
import { countPieces, firstRouting, routeExactly, sinksOf } from '../src/planner/split-heuristic.ts';
import { searchCovers } from '../src/planner/split-covers.ts';
import { improveSplits } from '../src/planner/split-improve.ts';
import { solveSplits } from '../src/planner/split-mip.ts';
import { generateSnapshot } from '../bench/planner-instances.ts';
import { expectCarries } from './support/planner-fixtures.ts';

/** Package -> the pledges that fund it, in a routing with 53 allocations. */
const FUNDERS: Record<string, string[]> = {
  pk1: ['pl17'],
  pk2: ['pl58', 'pl124'],
  pk4: ['pl116', 'pl167', 'pl196'],
  pk5: ['pl33', 'pl28'],
  pk6: ['pl90', 'pl89', 'pl169'],
  pk9: ['pl174', 'pl67', 'pl107'],
  pk10: ['pl144', 'pl138', 'pl168'],
  pk12: ['pl21', 'pl72'],
  pk13: ['pl114', 'pl162', 'pl13'],
  pk15: ['pl19', 'pl149', 'pl192', 'pl173'],
  pk16: ['pl112', 'pl178', 'pl117'],
  pk17: ['pl14', 'pl49'],
  pk18: ['pl27', 'pl135'],
  pk19: ['pl93', 'pl141'],
  pk20: ['pl46', 'pl132', 'pl26'],
  pk21: ['pl36', 'pl164', 'pl111'],
  pk22: ['pl83', 'pl145', 'pl130', 'pl11'],
  pk23: ['pl57', 'pl102'],
  pk27: ['pl79', 'pl12'],
  pk35: ['pl96', 'pl198'],
  pk39: ['pl75', 'pl71'],
};

let solver: Solver;
beforeAll(async () => {
  solver = await loadSolver();
});

const inst = buildInstance(generateSnapshot(1000, 200, 1), {}, '2025-11-20');
const pr = priorityPass(inst);
const sinks = sinksOf(inst, pr);
/** The count of the witness routing, once the first test has checked it. */
let optimum = 0;

describe('the fewest allocations on the generated 1,000 x 200 instance', () => {
  it('is 53: a routing with 53 allocations carries the money exactly, and the bound is 53', () => {
    const pledgeIndex = new Map(inst.pledges.map((p, i) => [p.pledgeId, i]));
    const R = sinks.real.length;
    expect(sinks.real.map((r) => inst.targets[r.target]!.id).sort()).toEqual(Object.keys(FUNDERS).sort());

    const allowed = sinks.eligible.map((eligible, k) => {
      if (k >= R) return eligible;
      const funders = FUNDERS[inst.targets[sinks.real[k]!.target]!.id]!.map((id) => pledgeIndex.get(id)!);
      for (const i of funders) expect(eligible).toContain(i);
      return funders;
    });
    const routing = routeExactly(inst, sinks, allowed);
    expect(routing).toBeDefined();
    expectCarries(inst, sinks, routing!);
    const count = countPieces(sinks, routing!);
    expect(count).toBe(53);

    // The flow facts the model uses (least funders per package, most a pledge can give), then the bound.
    const facts = improveSplits(inst, sinks, firstRouting(inst, pr, sinks), () => false);
    const mip = solveSplits(solver, inst, sinks, routing!, facts, 150_000);
    expect(mip.proven).toBe(true);
    expect(mip.bound).toBe(count);
    optimum = count;
  });

  it("is reached by the planner's tree search over covers from the planner's own start", () => {
    expect(optimum).toBeGreaterThan(0);
    const facts = improveSplits(inst, sinks, firstRouting(inst, pr, sinks), () => false);
    const start = countPieces(sinks, facts.routing);
    expect(start).toBeGreaterThan(optimum);
    const found = searchCovers(inst, sinks, facts.routing, { deadline: () => false, bound: optimum, best: start, least: facts.least });
    expect(found).toBeDefined();
    expectCarries(inst, sinks, found!);
    expect(countPieces(sinks, found!)).toBe(optimum);
  });
});
