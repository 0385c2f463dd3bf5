/**
 * What a public running total is about, and which pledges that selects as of the claim's date.
 * A claim's words ("from our European partners", "paid", "by August") are read once, by a person,
 * into a ClaimScope; everything after that is computed. Pure.
 */
import { latestDay, type FuzzyDate } from './dates.ts';
import type { Source } from './events.ts';
import type { Money } from './money.ts';

/** How the speaker's figure qualifies itself: "over", "at least", "about", "up to", or plainly. */
export type ClaimQualifier = 'exact' | 'over' | 'at_least' | 'about' | 'up_to';

/**
 * How the speaker valued money in another currency: at par (EUR 500m counted as USD 500m), at the
 * equivalent a source stated, or converted at the dated rate (as the ledger does).
 */
export type SpeakerBasis = 'par' | 'stated' | 'converted';

export interface ClaimScope {
  /** Whose pledges: all contributors, only these org ids, or all except these. A joint pledge is in when any contributor is. */
  contributors: 'all' | { only: readonly string[] } | { except: readonly string[] };
  /** Last announcement day in scope (YYYY-MM-DD); defaults to the claim's date. */
  announcedBy?: string;
  /** Pledged amounts, or money paid by the claim's date. */
  measure: 'pledged' | 'paid';
  basis: SpeakerBasis;
  qualifier: ClaimQualifier;
  /** False for projections and expectations: not a running total, so no figure is comparable. */
  comparable: boolean;
  /** Did the speaker count records the ledger marks as duplicates? Unknown means no. */
  speakerCountsDuplicates?: boolean;
  /** The reading of the claim: why this scope, measure and basis. */
  why: string;
  /** A written explanation for the part of the figure the computed components leave over. */
  note?: string;
  /** A written explanation for a count (contributors, packages) that differs from the ledger's. */
  countNote?: string;
}

export interface ClaimFact {
  claimId: string;
  date: string;
  amount: Money | null;
  scope: string;
  packagesCount: number | null;
  contributorsCount: number | null;
  saidBy: string;
  sources: Source[];
  note: string | null;
}

export type PledgeQualifier = 'exact' | 'about' | 'up_to' | 'at_least';

/** A pledge with the history the reconciliation needs to see it as it stood on any date. */
export interface PledgeFact {
  pledgeId: string;
  contributors: string[];
  /** The amount now; amountChanges give earlier values. */
  amount: Money | null;
  amountChanges: { on: string; from: Money | null; to: Money }[];
  missingReason: string | null;
  qualifier: PledgeQualifier;
  statedEquivalent: Money | null;
  announcedOn: FuzzyDate;
  packageNumberClaim: string | null;
  duplicateOf: string | null;
  /** The day it was withdrawn, lapsed or cancelled, if it was. */
  endedOn: string | null;
  payments: { paidOn: string; amount: Money }[];
}

export const announcedBy = (claim: ClaimFact, scope: ClaimScope): string => scope.announcedBy ?? claim.date;

/** Pledges announced by the scope's day and not ended by the claim's day, before the contributor filter. */
export function liveOn(pledges: readonly PledgeFact[], claim: ClaimFact, scope: ClaimScope): PledgeFact[] {
  const by = announcedBy(claim, scope);
  return pledges.filter((p) => latestDay(p.announcedOn) <= by && (p.endedOn === null || p.endedOn > claim.date));
}

export function inContributorScope(p: PledgeFact, scope: ClaimScope): boolean {
  const c = scope.contributors;
  if (c === 'all') return true;
  if ('only' in c) return p.contributors.some((o) => c.only.includes(o));
  return p.contributors.some((o) => !c.except.includes(o));
}

/** The amount a pledge stood at on `date`, from its change history. */
export function amountOn(p: PledgeFact, date: string): Money | null {
  if (p.amountChanges.length === 0) return p.amount;
  const upTo = p.amountChanges.filter((c) => c.on <= date);
  return upTo.length > 0 ? upTo[upTo.length - 1]!.to : p.amountChanges[0]!.from;
}

/** Money paid into a pledge on or before `date`, or null when nothing was. */
export function paidOn(p: PledgeFact, date: string): Money | null {
  const paid = p.payments.filter((x) => x.paidOn <= date);
  if (paid.length === 0) return null;
  return { minor: paid.reduce((s, x) => s + x.amount.minor, 0n), currency: paid[0]!.amount.currency };
}

export function describeScope(claim: ClaimFact, scope: ClaimScope): string {
  const c = scope.contributors;
  const who = c === 'all' ? 'every contributor' : 'only' in c ? `contributors ${c.only.join(', ')}` : `every contributor except ${c.except.join(', ')}`;
  const what = scope.measure === 'paid' ? `money paid by ${claim.date}` : 'pledged amounts';
  const basis = { par: 'EUR and USD counted at par, other currencies at a stated equivalent', stated: 'stated equivalents where the record has them', converted: 'converted at the dated rates' }[scope.basis];
  return `${what} of pledges announced on or before ${announcedBy(claim, scope)} by ${who}; speaker's basis: ${basis}${scope.comparable ? '' : '; not comparable (not a running total)'}`;
}
