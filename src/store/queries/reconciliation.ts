/**
 * Reads what the reconciliation needs from the projections (public totals, pledges with their
 * contributors, amount changes and payments, FX rates; and when pledges ended, from the log) and
 * reconciles every public total, or one. Read-only; the arithmetic is in src/domain/reconciliation.ts.
 */
import type { FuzzyDate } from '../../domain/dates.ts';
import type { Source } from '../../domain/events.ts';
import type { FxRate } from '../../domain/fx.ts';
import type { Currency, Money } from '../../domain/money.ts';
import { reconcile, type Overlap, type Reconciliation } from '../../domain/reconciliation.ts';
import type { ClaimFact, ClaimScope, PledgeFact, PledgeQualifier } from '../../domain/reconciliation-scope.ts';
import type { Queryable } from '../db.ts';
import type { Clearance } from './clearance.ts';

const money = (minor: bigint | null, currency: string | null): Money | null =>
  minor !== null && currency !== null ? { minor, currency: currency as Currency } : null;

const DAY = (col: string): string => `to_char(${col}, 'YYYY-MM-DD')`;
const UTC_DAY = (col: string): string => `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD')`;

export async function loadClaims(q: Queryable, claimId?: string): Promise<ClaimFact[]> {
  const rows = await q.query<{
    claim_id: string; date: string; amount_minor: bigint | null; currency: string | null; scope: string;
    packages_count: number | null; contributors_count: number | null; said_by: string; sources: Source[]; note: string | null;
  }>(
    `SELECT claim_id, ${DAY('date')} AS date, amount_minor, currency, scope, packages_count, contributors_count, said_by, sources, note
     FROM public_totals WHERE ($1::text IS NULL OR claim_id = $1) ORDER BY date, claim_id`,
    [claimId ?? null],
  );
  return rows.map((r) => ({
    claimId: r.claim_id,
    date: r.date,
    amount: money(r.amount_minor, r.currency),
    scope: r.scope,
    packagesCount: r.packages_count,
    contributorsCount: r.contributors_count,
    saidBy: r.said_by,
    sources: r.sources,
    note: r.note,
  }));
}

/** Pledges as the caller may read them: hidden ones left out, withheld amounts as amounts not known (src/domain/disclosure.ts). */
export async function loadPledgeFacts(q: Queryable, c: Clearance): Promise<PledgeFact[]> {
  const pledges = await q.query<{
    pledge_id: string; amount_minor: bigint | null; currency: string | null; amount_missing_reason: string | null; qualifier: PledgeQualifier;
    stated_equivalent_minor: bigint | null; stated_equivalent_currency: string | null; announced_on: string; announced_precision: FuzzyDate['precision'];
    package_number_claim: string | null; duplicate_of: string | null; contributors: string[];
  }>(
    `SELECT p.pledge_id, p.amount_minor, p.currency, p.amount_missing_reason, p.qualifier, p.stated_equivalent_minor, p.stated_equivalent_currency,
       p.announced_on, p.announced_precision, p.package_number_claim, p.duplicate_of,
       (SELECT coalesce(jsonb_agg(c.org_id ORDER BY c.position), '[]'::jsonb) FROM pledge_contributors c WHERE c.pledge_id = p.pledge_id) AS contributors
     FROM pledges p ORDER BY p.pledge_id`,
  );
  // The changes table keeps one currency per change (the new amount's); a change of currency is
  // refused once money is paid or allocated, so the earlier amount is read in the same currency.
  const changes = await q.query<{ pledge_id: string; from_minor: bigint | null; to_minor: bigint; currency: string; on: string }>(
    `SELECT pledge_id, from_minor, to_minor, currency, ${UTC_DAY('changed_at')} AS on FROM pledge_amount_changes ORDER BY seq`,
  );
  const payments = await q.query<{ pledge_id: string; amount_minor: bigint; currency: string; paid_on: string }>(
    `SELECT pledge_id, amount_minor, currency, ${DAY('paid_on')} AS paid_on FROM payments ORDER BY paid_on, payment_id`,
  );
  // When a pledge ended is not kept in a projection column; the log has it.
  const ended = await q.query<{ pledge_id: string; on: string }>(
    `SELECT payload->>'pledgeId' AS pledge_id, ${UTC_DAY('min(recorded_at)')} AS on FROM events
     WHERE type = 'PledgeStateChanged' AND payload->>'to' IN ('withdrawn', 'lapsed', 'cancelled') GROUP BY payload->>'pledgeId'`,
  );
  const endedOn = new Map(ended.map((e) => [e.pledge_id, e.on]));
  const facts = pledges.filter((p) => c.canSee('pledge', p.pledge_id)).map((p) => ({
    pledgeId: p.pledge_id,
    contributors: p.contributors,
    amount: money(p.amount_minor, p.currency),
    amountChanges: changes
      .filter((c) => c.pledge_id === p.pledge_id)
      .map((c) => ({ on: c.on, from: money(c.from_minor, c.currency), to: { minor: c.to_minor, currency: c.currency as Currency } })),
    missingReason: p.amount_missing_reason,
    qualifier: p.qualifier,
    statedEquivalent: money(p.stated_equivalent_minor, p.stated_equivalent_currency),
    announcedOn: { value: p.announced_on, precision: p.announced_precision },
    packageNumberClaim: p.package_number_claim,
    duplicateOf: p.duplicate_of,
    endedOn: endedOn.get(p.pledge_id) ?? null,
    payments: payments
      .filter((x) => x.pledge_id === p.pledge_id)
      .map((x) => ({ paidOn: x.paid_on, amount: { minor: x.amount_minor, currency: x.currency as Currency } })),
  }));
  return facts.map((f) =>
    c.canRead('pledge', f.pledgeId, 'amount')
      ? f
      : { ...f, amount: null, amountChanges: [], missingReason: 'withheld from this reader (classified)', statedEquivalent: null, payments: [] },
  );
}

export async function loadFxRates(q: Queryable): Promise<FxRate[]> {
  return q.query<FxRate>(`SELECT ${DAY('date')} AS date, base, quote, rate, source FROM fx_rates ORDER BY seq`);
}

export interface ReconcileOptions {
  /** How each claim is read (src/demo/reconciliation-scopes.ts for the public record). */
  scopeFor: (claimId: string) => ClaimScope;
  overlaps?: readonly Overlap[];
  claimId?: string;
}

/** Reconciles every public total (or the one named), in date order. */
export async function reconcileClaims(q: Queryable, c: Clearance, opts: ReconcileOptions): Promise<Reconciliation[]> {
  const [claims, pledges, rates] = [await loadClaims(q, opts.claimId), await loadPledgeFacts(q, c), await loadFxRates(q)];
  return claims.map((claim) => reconcile({ claim, scope: opts.scopeFor(claim.claimId), pledges, rates, overlaps: opts.overlaps ?? [] }));
}
