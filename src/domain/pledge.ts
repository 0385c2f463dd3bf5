/**
 * Pledges: money promised by one Ally or jointly by several. Pure rules only.
 *
 * Life: announced -> pledged -> committed -> paid, ending withdrawn, lapsed or cancelled. Only
 * committed and paid money counts toward coverage; a pledge marked as a duplicate of another never
 * counts. Amount changes are events with a reason, never silent edits.
 */
import type { Actor } from './actors.ts';
import { badTransition, conflict, forbidden, invalid } from './errors.ts';
import type { Contributor, Earmark, PledgeState } from './events.ts';
import type { Money } from './money.ts';

export interface Pledge {
  pledgeId: string;
  contributors: Contributor[];
  amount: Money | null;
  state: PledgeState;
  paid: bigint; // minor units of the pledge's currency
  allocated: bigint; // minor units of the pledge's currency, live allocations only
  earmark: Earmark;
  duplicateOf: string | null;
}

export const ACTIVE_STATES: readonly PledgeState[] = ['announced', 'pledged', 'committed', 'paid'];
export const COUNTING_STATES: readonly PledgeState[] = ['committed', 'paid'];
export const ENDED_STATES: readonly PledgeState[] = ['withdrawn', 'lapsed', 'cancelled'];

/** Does this pledge's money count toward coverage? */
export const counts = (p: Pick<Pledge, 'state' | 'duplicateOf'>): boolean =>
  COUNTING_STATES.includes(p.state) && p.duplicateOf === null;

export const isContributor = (p: Pick<Pledge, 'contributors'>, orgId: string): boolean =>
  p.contributors.some((c) => c.orgId === orgId);

/** An Ally manages only pledges it contributes to; the coordinator keeps the public record. */
export function assertMayManage(p: Pledge, actor: Actor, action: string): void {
  if (actor.role === 'coordinator') return;
  if (actor.role === 'ally' && isContributor(p, actor.orgId)) return;
  throw forbidden(`only a contributor to pledge '${p.pledgeId}' or the coordinator may ${action}`);
}

const FORWARD: Record<PledgeState, readonly PledgeState[]> = {
  announced: ['pledged', 'committed', 'withdrawn', 'lapsed', 'cancelled'],
  pledged: ['committed', 'withdrawn', 'lapsed', 'cancelled'],
  committed: ['paid', 'withdrawn', 'cancelled'],
  paid: [],
  withdrawn: [],
  lapsed: [],
  cancelled: [],
};

export function assertTransition(p: Pledge, to: PledgeState, action: string): void {
  if (!FORWARD[p.state].includes(to)) throw badTransition('pledge', p.pledgeId, p.state, action);
}

/** Ending a pledge needs its allocations released first, and nothing paid into it. */
export function assertMayEnd(p: Pledge, to: PledgeState): void {
  assertTransition(p, to, to === 'withdrawn' ? 'withdraw it' : to === 'lapsed' ? 'mark it lapsed' : 'cancel it');
  if (p.allocated > 0n) throw conflict(`pledge '${p.pledgeId}' still has allocations; release them first`, { allocatedMinor: p.allocated.toString() });
  if (p.paid > 0n) throw conflict(`pledge '${p.pledgeId}' has payments recorded; it cannot be ${to}`, { paidMinor: p.paid.toString() });
}

export function assertCommittable(p: Pledge): void {
  assertTransition(p, 'committed', 'commit it');
  if (p.amount === null) throw conflict(`pledge '${p.pledgeId}' has no amount; set one (with a reason) before committing`);
}

/** A payment must be in the pledge's currency and may not take the total paid past the amount. */
export function checkPayment(p: Pledge, amount: Money): { fullyPaid: boolean } {
  if (p.state !== 'committed') throw badTransition('pledge', p.pledgeId, p.state, 'record a payment (commit it first)');
  if (p.amount === null) throw conflict(`pledge '${p.pledgeId}' has no amount`);
  if (amount.currency !== p.amount.currency) {
    throw invalid('amount.currency', `payments are recorded in the pledge's currency ${p.amount.currency}`);
  }
  const after = p.paid + amount.minor;
  if (after > p.amount.minor) {
    throw conflict(`payment would take pledge '${p.pledgeId}' past its amount`, {
      amountMinor: p.amount.minor.toString(),
      paidMinor: p.paid.toString(),
    });
  }
  return { fullyPaid: after === p.amount.minor };
}

/** A new amount may not fall below what is already paid or allocated. */
export function checkAmountChange(p: Pledge, to: Money): void {
  if (ENDED_STATES.includes(p.state) || p.state === 'paid') throw badTransition('pledge', p.pledgeId, p.state, 'change its amount');
  if (p.amount !== null && p.amount.currency !== to.currency && (p.paid > 0n || p.allocated > 0n)) {
    throw invalid('amount.currency', `money is already paid or allocated in ${p.amount.currency}; the currency cannot change`);
  }
  if (p.amount !== null && p.amount.currency === to.currency && p.amount.minor === to.minor) {
    throw conflict('the new amount equals the current amount');
  }
  const floor = p.paid > p.allocated ? p.paid : p.allocated;
  if (to.minor < floor) {
    throw conflict(`the amount cannot fall below what is already paid or allocated (${floor} minor units)`, { floorMinor: floor.toString() });
  }
}

/** Joint shares: each contributor once; a share's currency may differ from the headline (as announced). */
export function checkContributors(contributors: readonly Contributor[]): void {
  const seen = new Set<string>();
  contributors.forEach((c, i) => {
    if (seen.has(c.orgId)) throw invalid(`contributors.${i}.orgId`, `'${c.orgId}' is listed twice`);
    seen.add(c.orgId);
  });
}
