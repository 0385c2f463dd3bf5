/**
 * The allocation planner on generated instances (bench/planner-instances.ts) of 100, 1,000 and
 * 10,000 lines with 10, 50 and 200 pledges. For each: the planner's solve time against the greedy
 * waterfall's on the same instance (median of rounds; the greedy is the baseline), whether the plan
 * is proven optimal and its gap, and as ratios to the greedy: the value funded and the number of
 * top-priority lines funded (the unbroken run of fully funded lines from rank 1). On the 100-line
 * instances level 1 is also solved again by one HiGHS MIP per line (verify-lex.ts) and compared.
 * The solver has its default time limit (10 s). Wall times depend on the machine and on its load,
 * which is printed; CPU time is printed beside.
 */
import { loadavg } from 'node:os';
import { buildInstance } from '../src/planner/build-instance.ts';
import { greedyPlan } from '../src/planner/greedy.ts';
import { computePlan } from '../src/planner/plan.ts';
import type { Plan } from '../src/planner/plan-schema.ts';
import { priorityPass } from '../src/planner/priority.ts';
import { loadSolver } from '../src/planner/solver.ts';
import { lexByMip } from '../src/planner/verify-lex.ts';
import { median, type Benchmark, type BenchResult } from './harness.ts';
import { generateSnapshot } from './planner-instances.ts';

const LINES = [100, 1_000, 10_000];
const PLEDGES = [10, 50, 200];
const TODAY = '2025-11-20';
const ROUNDS = 3;

export const plannerBench: Benchmark = {
  name: 'allocation planner',
  async run() {
    const solver = await loadSolver();
    const out: BenchResult[] = [];
    console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on this machine's cores`);
    for (const lines of LINES) {
      for (const pledges of PLEDGES) {
        const s = generateSnapshot(lines, pledges, 1);
        const planMs: number[] = [];
        const cpuMs: number[] = [];
        const greedyMs: number[] = [];
        let plan: Plan | undefined;
        for (let r = 0; r < ROUNDS; r++) {
          const c0 = process.cpuUsage();
          const t0 = performance.now();
          plan = computePlan(s, {}, { solver, today: TODAY });
          planMs.push(performance.now() - t0);
          const c = process.cpuUsage(c0);
          cpuMs.push((c.user + c.system) / 1000);
          const t1 = performance.now();
          greedyPlan(buildInstance(s, {}, TODAY));
          greedyMs.push(performance.now() - t1);
        }
        const p = plan!;
        const o = p.optimality;
        let verified = '';
        if (lines <= 100) {
          const inst = buildInstance(s, {}, TODAY);
          const same = JSON.stringify(priorityPass(inst).units) === JSON.stringify(lexByMip(solver, inst, 1e6));
          verified = `; level 1 ${same ? 'equals' : 'DIFFERS FROM'} the lexicographic HiGHS solves`;
        }
        const name = `${lines} lines x ${pledges} pledges`;
        out.push({
          name: `${name}: solve time`,
          unit: 'ms (planner vs greedy)',
          subject: median(planMs),
          baseline: median(greedyMs),
          ratio: median(planMs) / median(greedyMs),
          note: `cpu ${median(cpuMs).toFixed(0)} ms; ${o.proven ? 'proven optimal, gap 0%' : `NOT proven, gap ${(o.gap * 100).toFixed(1)}%`} (${o.status}); ${o.allocations} allocations, bound ${o.allocationsBound}${verified}`,
        });
        const value = (m: { minor: string }) => Number(BigInt(m.minor) / 100n) / 1e9;
        out.push({
          name: `${name}: value funded`,
          unit: 'USD bn (planner vs greedy)',
          subject: value(p.figures.valueFunded),
          baseline: value(p.greedy.valueFunded),
          ratio: value(p.figures.valueFunded) / value(p.greedy.valueFunded),
        });
        out.push({
          name: `${name}: top-priority lines funded`,
          unit: 'lines funded from rank 1 unbroken (planner vs greedy)',
          subject: p.figures.fundedRun,
          baseline: p.greedy.fundedRun,
          ratio: p.figures.fundedRun / Math.max(1, p.greedy.fundedRun),
          note: `top tenth: ${p.figures.topLinesFunded} vs ${p.greedy.topLinesFunded} of ${p.figures.topLines}; all lines funded: ${p.figures.linesFunded} vs ${p.greedy.linesFunded}`,
        });
      }
    }
    return out;
  },
};
