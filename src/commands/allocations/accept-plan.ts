/**
 * accept-plan: the coordinator turns a planner proposal into allocations, in one transaction. The
 * input is the proposal itself (its allocations in each pledge's currency and their USD values) and
 * the fingerprint of the record it was computed from; the command reloads that fingerprint under
 * the writer lock and refuses (409) if the record has changed, then decides every allocation with
 * the allocation rule (src/domain/plan-acceptance.ts). POST /plans/accept fills the input from a
 * plan the API computed; `purl plan --accept` from the plan it just computed.
 */
import { z } from 'zod';
import { fromJson } from '../../domain/money.ts';
import { acceptPlan, type PlannedAllocation } from '../../domain/plan-acceptance.ts';
import type { Package } from '../../domain/package.ts';
import type { Pledge } from '../../domain/pledge.ts';
import { findPackage } from '../../store/repositories/packages.ts';
import { findPledge } from '../../store/repositories/pledges.ts';
import { viewerOf } from '../../domain/classification.ts';
import { loadClearance } from '../../store/queries/clearance.ts';
import { loadPlannerSnapshot } from '../../store/queries/planner-snapshot.ts';
import { loadRates } from '../../store/queries/summaries.ts';
import { defineCommand } from '../command.ts';
import { idSchema, positiveMoneySchema, usdMoneySchema } from '../schemas.ts';

export const acceptPlanInput = z.object({
  planId: z.string().regex(/^plan-[0-9a-f]{24}$/, "must be a plan id as POST /plans gives it ('plan-' and 24 hex digits)"),
  snapshotHash: z.string().regex(/^[0-9a-f]{64}$/, 'must be the 64 hex digits of the fingerprint the plan was computed from'),
  allocations: z
    .array(z.object({ pledgeId: idSchema, packageId: idSchema, amount: positiveMoneySchema, usdValue: usdMoneySchema }))
    .min(1, 'a plan to accept has at least one allocation')
    .max(5000),
});

export const acceptPlanCommand = defineCommand({
  name: 'accept-plan',
  summary: "Accept a planner proposal: all its allocations are recorded in one transaction, or none",
  input: acceptPlanInput,
  roles: ['coordinator'],
  async load(tx, i, actor) {
    // The coordinator's own view of the record, as the plan it accepts was computed (src/store/queries/planner-snapshot.ts).
    const snapshot = await loadPlannerSnapshot(tx, await loadClearance(tx, viewerOf(actor)));
    const pledges = new Map<string, Pledge>();
    const packages = new Map<string, Package>();
    for (const a of i.allocations) {
      if (!pledges.has(a.pledgeId)) {
        const p = await findPledge(tx, a.pledgeId);
        if (p) pledges.set(a.pledgeId, p);
      }
      if (!packages.has(a.packageId)) {
        const k = await findPackage(tx, a.packageId);
        if (k) packages.set(a.packageId, k);
      }
    }
    return { snapshotHash: snapshot.hash, pledges, packages, rates: await loadRates(tx) };
  },
  decide(state, i, ctx) {
    const allocations: PlannedAllocation[] = i.allocations.map((a, n) => ({
      pledgeId: a.pledgeId,
      packageId: a.packageId,
      amount: fromJson(a.amount, `allocations.${n}.amount`),
      usdValue: fromJson(a.usdValue, `allocations.${n}.usdValue`),
    }));
    return acceptPlan(state, { snapshotHash: i.snapshotHash, allocations }, { date: ctx.now.slice(0, 10), newId: ctx.newId });
  },
});
