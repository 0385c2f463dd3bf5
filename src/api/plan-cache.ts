/**
 * Plans the API has computed, kept in this server's memory so GET /plans/{id} and POST /plans/accept
 * can find them: at most `max` plans, each for `ttlMs`, the oldest dropped first. Plans are not part
 * of the record (only an accepted plan's allocations are), so losing them on a restart loses
 * nothing: compute again. One cache per app instance; no module-level state.
 */
import type { Plan } from '../planner/plan-schema.ts';

export class PlanCache {
  private readonly plans = new Map<string, { plan: Plan; at: number }>();
  constructor(
    private readonly max = 32,
    private readonly ttlMs = 3_600_000,
    private readonly clock: () => number = Date.now,
  ) {}

  put(plan: Plan): void {
    this.plans.delete(plan.planId);
    this.plans.set(plan.planId, { plan, at: this.clock() });
    while (this.plans.size > this.max) this.plans.delete(this.plans.keys().next().value!);
  }

  get(planId: string): Plan | undefined {
    const hit = this.plans.get(planId);
    if (!hit) return undefined;
    if (this.clock() - hit.at > this.ttlMs) {
      this.plans.delete(planId);
      return undefined;
    }
    return hit.plan;
  }
}
