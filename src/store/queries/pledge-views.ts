/**
 * Read models of pledges for the API and CLI: one pledge with everything about it, or a filtered
 * page, as one caller may see them (src/store/queries/clearance.ts): a pledge whose record the caller
 * may not read is absent; one whose amount it may not read shows no figure of money at all (amount,
 * equivalent, shares, paid, allocated) and none of the free text that may state one.
 */
import type { Level, WithheldNote } from '../../domain/classification.ts';
import type { Contributor, Earmark, PledgeState, Source } from '../../domain/events.ts';
import type { Currency, MoneyJson } from '../../domain/money.ts';
import { counts } from '../../domain/pledge.ts';
import type { Queryable } from '../db.ts';
import type { Clearance } from './clearance.ts';

export interface PledgeView {
  pledgeId: string;
  contributors: Contributor[];
  amount: MoneyJson | null;
  amountMissingReason: string | null;
  qualifier: string;
  statedEquivalent: MoneyJson | null;
  earmark: Earmark;
  announcedOn: { value: string; precision: string };
  contents: string | null;
  packageNumberClaim: string | null;
  sources: Source[];
  note: string | null;
  /** Which figure the ledger uses and why, where the record offers several. */
  figureBasis: string | null;
  state: PledgeState;
  stateReason: string | null;
  paid: MoneyJson | null;
  allocated: MoneyJson | null;
  duplicateOf: string | null;
  duplicateReason: string | null;
  /** Whether this pledge's money counts toward coverage (committed or paid, and not a duplicate). */
  counts: boolean;
  recordedAt: string;
  /** The levels in force on the record and on its amount. */
  classification: { record: Level; amount: Level };
  /** What this caller may not read, and why. */
  withheld: WithheldNote[];
}

interface Row {
  pledge_id: string;
  amount_minor: bigint | null;
  currency: Currency | null;
  amount_missing_reason: string | null;
  qualifier: string;
  stated_equivalent_minor: bigint | null;
  stated_equivalent_currency: Currency | null;
  earmark: Earmark;
  announced_on: string;
  announced_precision: string;
  contents: string | null;
  package_number_claim: string | null;
  sources: Source[];
  note: string | null;
  figure_basis: string | null;
  state: PledgeState;
  state_reason: string | null;
  paid_minor: bigint;
  duplicate_of: string | null;
  duplicate_reason: string | null;
  recorded_at: Date | string;
  allocated_minor: bigint | null;
  contributors: { orgId: string; shareMinor: string | null; shareCurrency: Currency | null }[];
}

const SELECT = `
  SELECT p.*,
    (SELECT sum(a.amount_minor)::bigint FROM allocations a WHERE a.pledge_id = p.pledge_id AND NOT a.released) AS allocated_minor,
    (SELECT coalesce(jsonb_agg(jsonb_build_object('orgId', c.org_id, 'shareMinor', c.share_minor::text, 'shareCurrency', c.share_currency) ORDER BY c.position), '[]'::jsonb)
       FROM pledge_contributors c WHERE c.pledge_id = p.pledge_id) AS contributors
  FROM pledges p`;

function toView(r: Row, c: Clearance): PledgeView {
  const view = fullView(r);
  const classification = { record: c.classification('pledge', r.pledge_id, 'record').level, amount: c.classification('pledge', r.pledge_id, 'amount').level };
  const note = c.withheld('pledge', r.pledge_id, 'amount');
  if (!note) return { ...view, classification, withheld: [] };
  return {
    ...view,
    contributors: view.contributors.map((k) => ({ orgId: k.orgId })),
    amount: null,
    statedEquivalent: null,
    paid: null,
    allocated: null,
    figureBasis: null,
    note: null,
    contents: null,
    sources: view.sources.map(({ quote: _quote, ...rest }) => rest),
    classification,
    withheld: [note],
  };
}

function fullView(r: Row): Omit<PledgeView, 'classification' | 'withheld'> {
  const cur = r.currency;
  return {
    pledgeId: r.pledge_id,
    contributors: r.contributors.map((c) => ({
      orgId: c.orgId,
      ...(c.shareMinor !== null && c.shareCurrency ? { share: { minor: c.shareMinor, currency: c.shareCurrency } } : {}),
    })),
    amount: r.amount_minor !== null && cur ? { minor: r.amount_minor.toString(), currency: cur } : null,
    amountMissingReason: r.amount_missing_reason,
    qualifier: r.qualifier,
    statedEquivalent:
      r.stated_equivalent_minor !== null && r.stated_equivalent_currency
        ? { minor: r.stated_equivalent_minor.toString(), currency: r.stated_equivalent_currency }
        : null,
    earmark: r.earmark,
    announcedOn: { value: r.announced_on, precision: r.announced_precision },
    contents: r.contents,
    packageNumberClaim: r.package_number_claim,
    sources: r.sources,
    note: r.note,
    figureBasis: r.figure_basis,
    state: r.state,
    stateReason: r.state_reason,
    paid: cur ? { minor: r.paid_minor.toString(), currency: cur } : null,
    allocated: cur ? { minor: (r.allocated_minor ?? 0n).toString(), currency: cur } : null,
    duplicateOf: r.duplicate_of,
    duplicateReason: r.duplicate_reason,
    counts: counts({ state: r.state, duplicateOf: r.duplicate_of }),
    recordedAt: new Date(r.recorded_at).toISOString(),
  };
}

/** One pledge, or undefined when it does not exist or the caller may not see it (the same answer). */
export async function pledgeView(q: Queryable, c: Clearance, pledgeId: string): Promise<PledgeView | undefined> {
  const rows = await q.query<Row>(`${SELECT} WHERE p.pledge_id = $1`, [pledgeId]);
  return rows[0] && c.canSee('pledge', pledgeId) ? toView(rows[0], c) : undefined;
}

export interface PledgeFilter {
  contributor?: string | undefined;
  state?: PledgeState | undefined;
  currency?: string | undefined;
  includeDuplicates?: boolean | undefined;
  limit: number;
  offset: number;
}

export async function listPledgeViews(q: Queryable, c: Clearance, f: PledgeFilter): Promise<{ items: PledgeView[]; total: number }> {
  const where = `WHERE ($1::text IS NULL OR EXISTS (SELECT 1 FROM pledge_contributors c WHERE c.pledge_id = p.pledge_id AND c.org_id = $1))
      AND ($2::text IS NULL OR p.state = $2)
      AND ($3::text IS NULL OR p.currency = $3)
      AND ($4::boolean OR p.duplicate_of IS NULL)`;
  const params = [f.contributor ?? null, f.state ?? null, f.currency ?? null, f.includeDuplicates ?? true];
  // Pledges number in the hundreds: filtered by clearance here, then paged, so totals never count what is hidden.
  const rows = (await q.query<Row>(`${SELECT} ${where} ORDER BY p.announced_on, p.pledge_id`, params)).filter((r) => c.canSee('pledge', r.pledge_id));
  return { items: rows.slice(f.offset, f.offset + f.limit).map((r) => toView(r, c)), total: rows.length };
}
