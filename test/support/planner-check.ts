/**
 * Runs a plan's allocations through the allocation rule exactly as accept-plan does (the domain's
 * `acceptPlan`, which calls `allocate` for each in turn), on pledges and packages built from the
 * snapshot, and answers the packages and pledges as they end up. Throws what the command would.
 */
import type { NewEvent } from '../../src/domain/events.ts';
import { fromJson } from '../../src/domain/money.ts';
import type { Package } from '../../src/domain/package.ts';
import { acceptPlan } from '../../src/domain/plan-acceptance.ts';
import type { Pledge } from '../../src/domain/pledge.ts';
import type { Plan } from '../../src/planner/plan-schema.ts';
import type { Snapshot } from '../../src/planner/snapshot.ts';

export function domainState(s: Snapshot): { pledges: Map<string, Pledge>; packages: Map<string, Package> } {
  const lines = new Map(s.lines.map((l) => [l.lineId, l]));
  const packages = new Map<string, Package>(
    s.packages.map((p) => [
      p.packageId,
      {
        packageId: p.packageId,
        name: p.name,
        state: p.state,
        price: { minor: p.priceMinor, currency: 'USD' },
        allowOverFunding: p.allowOverFunding,
        illustrative: true,
        caseReference: null,
        lines: p.lineIds.map((id) => {
          const l = lines.get(id)!;
          return { lineId: id, quantity: l.quantity, unitPrice: { minor: l.unitPriceMinor, currency: 'USD' }, capabilityArea: l.capabilityArea, status: 'packaged', shipped: 0n, received: 0n, lost: 0n };
        }),
        allocations: p.fundedMinor > 0n ? [{ allocationId: 'existing', pledgeId: 'existing', amount: { minor: p.fundedMinor, currency: 'USD' }, usdValue: { minor: p.fundedMinor, currency: 'USD' } }] : [],
      },
    ]),
  );
  const pledges = new Map<string, Pledge>(
    s.pledges.map((p) => [
      p.pledgeId,
      { pledgeId: p.pledgeId, contributors: p.contributors.map((orgId) => ({ orgId })), amount: p.amount, state: p.state, paid: 0n, allocated: p.allocatedMinor, earmark: p.earmark, duplicateOf: p.duplicateOf },
    ]),
  );
  return { pledges, packages };
}

export function acceptOnDomain(s: Snapshot, plan: Plan): { events: NewEvent[]; pledges: Map<string, Pledge>; packages: Map<string, Package> } {
  const state = domainState(s);
  let n = 0;
  const events = acceptPlan(
    { snapshotHash: s.hash, rates: s.rates, ...state },
    {
      snapshotHash: plan.snapshotHash,
      allocations: plan.allocations.map((a) => ({ pledgeId: a.pledgeId, packageId: a.packageId, amount: fromJson(a.amount), usdValue: fromJson(a.usdValue) })),
    },
    { date: plan.asOf, newId: (prefix) => `${prefix}-${++n}` },
  );
  return { events, ...state };
}
