/**
 * Plans computed in worker threads (src/planner/workers.ts): the same plan as in the calling thread,
 * refusals raised as the same DomainError, the calling thread free while a plan is computed, and a
 * bounded queue (beyond it: rate_limited). Instances come from the benchmark's generator.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DomainError } from '../src/domain/errors.ts';
import { computePlan } from '../src/planner/plan.ts';
import { loadSolver } from '../src/planner/solver.ts';
import { PlanWorkers } from '../src/planner/workers.ts';
import { generateSnapshot } from '../bench/planner-instances.ts';

const TODAY = '2025-11-20';
let workers: PlanWorkers | undefined;
afterEach(async () => {
  await workers?.close();
  workers = undefined;
});

describe('plans computed in worker threads', () => {
  it('gives the plan the calling thread computes', async () => {
    const snapshot = generateSnapshot(100, 10, 1);
    const here = computePlan(snapshot, {}, { solver: await loadSolver(), today: TODAY });
    workers = new PlanWorkers({ size: 1 });
    const there = await workers.compute(snapshot, {}, TODAY);
    expect(here.optimality.proven).toBe(true);
    expect(there.planId).toBe(here.planId);
    expect(there.allocations).toEqual(here.allocations);
    expect(there.lines).toEqual(here.lines);
  });

  it('raises a refusal as the same DomainError, naming the field', async () => {
    workers = new PlanWorkers({ size: 1 });
    const e = await workers.compute(generateSnapshot(100, 10, 1), { excludePledges: ['no-such-pledge'] }, TODAY).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe('not_found');
    expect((e as DomainError).issues[0]?.field).toBe('excludePledges.0');
  });

  it('leaves the calling thread free while it computes', async () => {
    workers = new PlanWorkers({ size: 1 });
    const order: string[] = [];
    // A plan of the 1,000-line, 200-pledge instance runs to its time limit (its last level is not
    // proven within it); a timer of the calling thread fires meanwhile only if that thread is free.
    const plan = workers.compute(generateSnapshot(1000, 200, 1), { timeLimitMs: 2000 }, TODAY).then(() => order.push('plan'));
    setTimeout(() => order.push('timer'), 20);
    await plan;
    expect(order).toEqual(['timer', 'plan']);
  });

  it('refuses beyond its queue, and rejects what waits when closed', async () => {
    workers = new PlanWorkers({ size: 1, maxQueue: 1 });
    const slow = generateSnapshot(1000, 200, 1);
    const running = workers.compute(slow, { timeLimitMs: 2000 }, TODAY).catch((x: unknown) => x);
    const waiting = workers.compute(slow, { timeLimitMs: 2000 }, TODAY).catch((x: unknown) => x);
    const refused = await workers.compute(slow, { timeLimitMs: 2000 }, TODAY).catch((x: unknown) => x);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).code).toBe('rate_limited');
    await workers.close();
    expect(String(await running)).toMatch(/closed/);
    expect(String(await waiting)).toMatch(/closed/);
  });
});
