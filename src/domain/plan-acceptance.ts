/**
 * Accepting a plan: its allocations become FundsAllocated events, all or none, each decided by the
 * allocation rule itself (`allocate`), in order, each seeing the pledges and packages as the ones
 * before it left them. So an accepted plan can never do what allocate-funds would refuse. Refusals:
 * the record changed since the plan was computed (its fingerprint differs), an allocation the rule
 * refuses (named by its index), or an allocation the FX table now values differently from the plan.
 */
import { allocate } from './allocation.ts';
import { conflict, DomainError, notFound } from './errors.ts';
import type { NewEvent } from './events.ts';
import type { FxRate } from './fx.ts';
import { format, type Money } from './money.ts';
import type { Package } from './package.ts';
import type { Pledge } from './pledge.ts';

export interface PlannedAllocation {
  pledgeId: string;
  packageId: string;
  amount: Money;
  usdValue: Money;
}

export interface AcceptanceState {
  /** The fingerprint of the record as it is now. */
  snapshotHash: string;
  pledges: Map<string, Pledge>;
  packages: Map<string, Package>;
  rates: readonly FxRate[];
}

export interface AcceptanceContext {
  date: string;
  newId(prefix: string): string;
}

/** Applies an allocation's events to the in-memory pledge and package, as the projections will. */
function apply(events: readonly NewEvent[], pledge: Pledge, pkg: Package): void {
  for (const e of events) {
    if (e.type === 'FundsAllocated') {
      const amount = { minor: BigInt(e.payload.amount.minor), currency: e.payload.amount.currency };
      pledge.allocated += amount.minor;
      pkg.allocations.push({ allocationId: e.payload.allocationId, pledgeId: pledge.pledgeId, amount, usdValue: { minor: BigInt(e.payload.usdValue.minor), currency: 'USD' } });
    } else if (e.type === 'PackageStateChanged') {
      pkg.state = e.payload.to;
    } else if (e.type === 'RequirementStatusChanged') {
      const line = pkg.lines.find((l) => l.lineId === e.payload.lineId);
      if (line) line.status = e.payload.to;
    }
  }
}

export function acceptPlan(state: AcceptanceState, plan: { snapshotHash: string; allocations: readonly PlannedAllocation[] }, ctx: AcceptanceContext): NewEvent[] {
  if (plan.snapshotHash !== state.snapshotHash) {
    throw conflict('the record has changed since the plan was computed; compute a new plan and accept that one', {
      planSnapshotHash: plan.snapshotHash,
      currentSnapshotHash: state.snapshotHash,
    });
  }
  const events: NewEvent[] = [];
  plan.allocations.forEach((a, n) => {
    const where = `allocations.${n} (pledge '${a.pledgeId}' to package '${a.packageId}')`;
    const pledge = state.pledges.get(a.pledgeId);
    if (!pledge) throw notFound('pledge', a.pledgeId);
    const pkg = state.packages.get(a.packageId);
    if (!pkg) throw notFound('package', a.packageId);
    let decided: NewEvent[];
    try {
      decided = allocate(pledge, pkg, a.amount, { allocationId: ctx.newId('alloc'), date: ctx.date, rates: state.rates });
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      throw new DomainError(err.code, `${where}: ${err.message}`, {
        issues: err.issues.map((i) => ({ field: `allocations.${n}.${i.field}`, message: i.message })),
        detail: { ...err.detail, allocation: n },
      });
    }
    const first = decided[0]!;
    const usd = first.type === 'FundsAllocated' ? BigInt(first.payload.usdValue.minor) : -1n;
    if (usd !== a.usdValue.minor) {
      throw conflict(`${where}: today's FX table values ${format(a.amount)} at ${format({ minor: usd, currency: 'USD' })}, the plan at ${format(a.usdValue)}; compute a new plan`, {
        allocation: n,
      });
    }
    apply(decided, pledge, pkg);
    events.push(...decided);
  });
  return events;
}
