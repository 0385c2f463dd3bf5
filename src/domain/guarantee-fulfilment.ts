/**
 * Evidence that a commitment is honoured, and the rule that keeps a pledge's money counted once.
 * Pure.
 *
 * A PURL pledge (or one of its payments) may be linked to the commitments it fulfils, in parts: the
 * live parts linked from one pledge, whatever the number of commitments, never add up to more than
 * the pledge. The link is refused when it would; and because a pledge's amount can later fall or its
 * currency change, the counting (`countPledgeParts`) applies the same cap again, taking parts in the
 * order they were linked, so the views can never count a pledge's money twice either.
 *
 * Which parts count: a payment always (the money moved); a part of a committed or paid pledge
 * counts; a part of an announced or pledged one is pending; a part of an ended pledge, or of one
 * marked as a duplicate, counts nowhere (void).
 */
import { badTransition, conflict, invalid } from './errors.ts';
import type { PledgeState } from './events.ts';
import { divRoundHalfEven, format, type Money } from './money.ts';
import { COUNTING_STATES, ENDED_STATES } from './pledge.ts';

export interface LinkablePledge {
  pledgeId: string;
  contributors: string[];
  amount: Money | null;
  state: PledgeState;
  duplicateOf: string | null;
}

/** A live part already linked from the pledge (to any commitment). */
export interface LinkedPart {
  fulfilmentId: string;
  amount: Money;
  paymentId: string | null;
}

export interface PaymentFacts {
  paymentId: string;
  pledgeId: string;
  amount: Money;
}

/** Sum of the parts in `currency` (parts in another currency count nowhere: see countPledgeParts). */
const sumIn = (parts: readonly LinkedPart[], currency: string): bigint =>
  parts.filter((p) => p.amount.currency === currency).reduce((s, p) => s + p.amount.minor, 0n);

/**
 * Checks linking `amount` of `pledge` (or of one of its payments) to a commitment of `guarantors`.
 * Refusals in precedence order: the currency (validation), a duplicate (conflict), an ended pledge
 * (invalid transition), no amount (conflict), a pledge from none of the guarantors (conflict), more
 * than is left of the payment or of the pledge (conflict).
 */
export function checkPledgeEvidence(
  pledge: LinkablePledge,
  guarantors: readonly string[],
  linked: readonly LinkedPart[],
  amount: Money,
  payment?: PaymentFacts,
): void {
  const currency = payment?.amount.currency ?? pledge.amount?.currency;
  if (currency !== undefined && amount.currency !== currency) {
    throw invalid('evidence.amount.currency', `a part of ${payment ? `payment '${payment.paymentId}'` : `pledge '${pledge.pledgeId}'`} is given in its currency ${currency}`);
  }
  if (pledge.duplicateOf !== null) throw conflict(`pledge '${pledge.pledgeId}' is a duplicate of '${pledge.duplicateOf}'; its money is counted there`, { duplicateOf: pledge.duplicateOf });
  if (ENDED_STATES.includes(pledge.state)) throw badTransition('pledge', pledge.pledgeId, pledge.state, 'count toward a commitment');
  if (pledge.amount === null) throw conflict(`pledge '${pledge.pledgeId}' has no amount; there is no money to count`);
  if (!pledge.contributors.some((c) => guarantors.includes(c))) {
    throw conflict(`pledge '${pledge.pledgeId}' is from ${pledge.contributors.join(', ')}, none of them a guarantor of this commitment (${guarantors.join(', ')})`);
  }
  if (payment) {
    const fromPayment = sumIn(linked.filter((p) => p.paymentId === payment.paymentId), payment.amount.currency);
    if (fromPayment + amount.minor > payment.amount.minor) {
      throw conflict(`payment '${payment.paymentId}' is ${format(payment.amount)}; ${format({ minor: fromPayment, currency: payment.amount.currency })} of it already counts toward commitments`, {
        paymentMinor: payment.amount.minor.toString(),
        linkedMinor: fromPayment.toString(),
      });
    }
  }
  const already = sumIn(linked, pledge.amount.currency);
  if (already + amount.minor > pledge.amount.minor) {
    throw conflict(
      `pledge '${pledge.pledgeId}' is ${format(pledge.amount)}; ${format({ minor: already, currency: pledge.amount.currency })} of it already counts toward commitments, ` +
        `${already >= pledge.amount.minor ? 'so nothing more may' : `so at most ${format({ minor: pledge.amount.minor - already, currency: pledge.amount.currency })} more may`}`,
      { amountMinor: pledge.amount.minor.toString(), linkedMinor: already.toString() },
    );
  }
}

export type Counting = 'counted' | 'pending' | 'void';

export interface CountedPart {
  fulfilmentId: string;
  counting: Counting;
  /** The part that counts (or would, once pending money counts), in the pledge's currency; 0 when void. */
  minor: bigint;
  /** Why a part counts less than it was linked for, or not at all. */
  why: string | null;
}

/**
 * How each part linked from one pledge counts today, taking the parts in the order they were linked
 * and never more, in all, than the pledge's current amount.
 */
export function countPledgeParts(pledge: Omit<LinkablePledge, 'contributors'>, parts: readonly LinkedPart[]): CountedPart[] {
  let left = pledge.amount?.minor ?? 0n;
  return parts.map((p) => {
    const voided = (why: string): CountedPart => ({ fulfilmentId: p.fulfilmentId, counting: 'void', minor: 0n, why });
    if (ENDED_STATES.includes(pledge.state)) return voided(`pledge '${pledge.pledgeId}' is ${pledge.state}`);
    if (pledge.duplicateOf !== null) return voided(`pledge '${pledge.pledgeId}' is a duplicate of '${pledge.duplicateOf}'`);
    if (pledge.amount === null || pledge.amount.currency !== p.amount.currency) return voided(`pledge '${pledge.pledgeId}' is no longer in ${p.amount.currency}`);
    const take = p.amount.minor < left ? p.amount.minor : left;
    left -= take;
    const counting: Counting = p.paymentId !== null || COUNTING_STATES.includes(pledge.state) ? 'counted' : 'pending';
    const why = take < p.amount.minor ? `pledge '${pledge.pledgeId}' is now ${format(pledge.amount)}; earlier parts take the rest` : null;
    return { fulfilmentId: p.fulfilmentId, counting: take === 0n ? 'void' : counting, minor: take, why };
  });
}

/** Scales a part's recorded value to the share of it that counts (one half-to-even rounding). */
export const scaleValue = (value: bigint, counted: bigint, linked: bigint): bigint =>
  counted === linked ? value : linked === 0n ? 0n : divRoundHalfEven(value * counted, linked);
