/** Reads frameworks, commitments and fulfilment links into domain shape, for the guarantee commands (under the writer lock). */
import type { FuzzyDate } from '../../domain/dates.ts';
import { notFound } from '../../domain/errors.ts';
import type { CommitmentTerms, FrameworkParty, LegalStatus } from '../../domain/events.ts';
import type { Commitment } from '../../domain/guarantee-commitment.ts';
import type { Framework } from '../../domain/guarantee-framework.ts';
import type { FxRate } from '../../domain/fx.ts';
import type { LinkedPart, PaymentFacts } from '../../domain/guarantee-fulfilment.ts';
import type { BindingLevel, PartyRole, Stance } from '../../domain/guarantee-vocabulary.ts';
import type { Currency } from '../../domain/money.ts';
import type { Queryable } from '../db.ts';

const fuzzy = (value: string | null, precision: string | null): FuzzyDate | null =>
  value !== null && precision !== null ? { value, precision: precision as FuzzyDate['precision'] } : null;

export async function findFramework(q: Queryable, frameworkId: string): Promise<Framework | undefined> {
  const rows = await q.query<{
    framework_id: string;
    title: string;
    binding_level: BindingLevel;
    status: LegalStatus;
    suspended_from: LegalStatus | null;
    status_on: string | null;
    status_precision: string | null;
    public_record: boolean;
  }>('SELECT framework_id, title, binding_level, status, suspended_from, status_on, status_precision, public_record FROM guarantee_frameworks WHERE framework_id = $1', [frameworkId]);
  const r = rows[0];
  if (!r) return undefined;
  const parties = await q.query<{ org_id: string; role: PartyRole; lead: boolean }>(
    'SELECT org_id, role, lead FROM guarantee_framework_parties WHERE framework_id = $1 ORDER BY position',
    [frameworkId],
  );
  return {
    frameworkId: r.framework_id,
    title: r.title,
    parties: parties.map((p): FrameworkParty => ({ orgId: p.org_id, role: p.role, ...(p.lead ? { lead: true } : {}) })),
    bindingLevel: r.binding_level,
    status: r.status,
    suspendedFrom: r.suspended_from,
    statusOn: fuzzy(r.status_on, r.status_precision),
    publicRecord: r.public_record,
  };
}

export async function getFramework(q: Queryable, frameworkId: string): Promise<Framework> {
  const f = await findFramework(q, frameworkId);
  if (!f) throw notFound('framework', frameworkId);
  return f;
}

export async function findCommitment(q: Queryable, commitmentId: string): Promise<Commitment | undefined> {
  const rows = await q.query<{ commitment_id: string; framework_id: string; stance: Stance; terms: CommitmentTerms; public_record: boolean }>(
    'SELECT commitment_id, framework_id, stance, terms, public_record FROM guarantee_commitments WHERE commitment_id = $1',
    [commitmentId],
  );
  const r = rows[0];
  if (!r) return undefined;
  const guarantors = await q.query<{ org_id: string }>('SELECT org_id FROM guarantee_commitment_guarantors WHERE commitment_id = $1 ORDER BY position', [commitmentId]);
  return { commitmentId: r.commitment_id, frameworkId: r.framework_id, stance: r.stance, terms: r.terms, publicRecord: r.public_record, guarantors: guarantors.map((g) => g.org_id) };
}

export async function getCommitment(q: Queryable, commitmentId: string): Promise<Commitment> {
  const c = await findCommitment(q, commitmentId);
  if (!c) throw notFound('commitment', commitmentId);
  return c;
}

/** Obligation ids of a commitment's current schedule. */
export async function obligationIds(q: Queryable, commitmentId: string): Promise<string[]> {
  return (await q.query<{ obligation_id: string }>('SELECT obligation_id FROM guarantee_obligations WHERE commitment_id = $1 ORDER BY position', [commitmentId])).map(
    (r) => r.obligation_id,
  );
}

/** Live parts linked from a pledge (to any commitment), in the order they were linked. */
export async function linkedParts(q: Queryable, pledgeId: string): Promise<LinkedPart[]> {
  const rows = await q.query<{ fulfilment_id: string; amount_minor: bigint; currency: Currency; payment_id: string | null }>(
    `SELECT fulfilment_id, amount_minor, currency, payment_id FROM guarantee_fulfilments
      WHERE pledge_id = $1 AND NOT withdrawn ORDER BY seq`,
    [pledgeId],
  );
  return rows.map((r) => ({ fulfilmentId: r.fulfilment_id, amount: { minor: r.amount_minor, currency: r.currency }, paymentId: r.payment_id }));
}

export async function findPayment(q: Queryable, paymentId: string): Promise<(PaymentFacts & { paidOn: string }) | undefined> {
  const rows = await q.query<{ payment_id: string; pledge_id: string; amount_minor: bigint; currency: Currency; paid_on: string }>(
    "SELECT payment_id, pledge_id, amount_minor, currency, to_char(paid_on, 'YYYY-MM-DD') AS paid_on FROM payments WHERE payment_id = $1",
    [paymentId],
  );
  const r = rows[0];
  return r ? { paymentId: r.payment_id, pledgeId: r.pledge_id, amount: { minor: r.amount_minor, currency: r.currency }, paidOn: r.paid_on } : undefined;
}

/** When a pledge was announced, as recorded (its precision kept). */
export async function pledgeAnnouncedOn(q: Queryable, pledgeId: string): Promise<FuzzyDate | null> {
  const rows = await q.query<{ announced_on: string; announced_precision: string }>('SELECT announced_on, announced_precision FROM pledges WHERE pledge_id = $1', [pledgeId]);
  return rows[0] ? fuzzy(rows[0].announced_on, rows[0].announced_precision) : null;
}

/** Every recorded rate among `codes`: all a conversion between them, direct or through EUR or USD, may use. */
export async function ratesAmong(q: Queryable, codes: readonly Currency[]): Promise<FxRate[]> {
  return q.query<FxRate>(
    `SELECT to_char(date, 'YYYY-MM-DD') AS date, base, quote, rate, source FROM fx_rates
      WHERE base = ANY($1::text[]) AND quote = ANY($1::text[]) ORDER BY date, seq`,
    [[...new Set(codes)]],
  );
}

/** The live evidence of a commitment valued in its own unit, for the excess check (parts of ended or duplicate pledges count nowhere). */
export async function linkedValue(q: Queryable, commitmentId: string): Promise<{ value: bigint; quantity: bigint }> {
  const rows = await q.query<{ v: bigint | null; n: bigint | null }>(
    `SELECT sum(f.value_minor)::bigint AS v, sum(f.quantity)::bigint AS n FROM guarantee_fulfilments f LEFT JOIN pledges p ON p.pledge_id = f.pledge_id
      WHERE f.commitment_id = $1 AND NOT f.withdrawn
        AND (p.pledge_id IS NULL OR (p.duplicate_of IS NULL AND p.state NOT IN ('withdrawn', 'lapsed', 'cancelled')))`,
    [commitmentId],
  );
  return { value: rows[0]?.v ?? 0n, quantity: rows[0]?.n ?? 0n };
}

export async function findFulfilment(q: Queryable, fulfilmentId: string): Promise<{ fulfilmentId: string; commitmentId: string; withdrawn: boolean } | undefined> {
  const rows = await q.query<{ fulfilment_id: string; commitment_id: string; withdrawn: boolean }>(
    'SELECT fulfilment_id, commitment_id, withdrawn FROM guarantee_fulfilments WHERE fulfilment_id = $1',
    [fulfilmentId],
  );
  const r = rows[0];
  return r ? { fulfilmentId: r.fulfilment_id, commitmentId: r.commitment_id, withdrawn: r.withdrawn } : undefined;
}

/** The schedule's total in the commitment's unit, or null when it has none. */
export async function scheduledTotal(q: Queryable, commitmentId: string): Promise<{ money: bigint | null; quantity: bigint | null } | null> {
  const rows = await q.query<{ n: bigint; m: bigint | null; qn: bigint | null }>(
    'SELECT count(*)::bigint AS n, sum(amount_minor)::bigint AS m, sum(quantity)::bigint AS qn FROM guarantee_obligations WHERE commitment_id = $1',
    [commitmentId],
  );
  const r = rows[0]!;
  return r.n === 0n ? null : { money: r.m, quantity: r.qn };
}

const ID_TAKEN = {
  framework: 'SELECT 1 FROM guarantee_frameworks WHERE framework_id = $1',
  commitment: 'SELECT 1 FROM guarantee_commitments WHERE commitment_id = $1',
  fulfilment: 'SELECT 1 FROM guarantee_fulfilments WHERE fulfilment_id = $1',
  milestone: 'SELECT 1 FROM guarantee_milestones WHERE milestone_id = $1',
} as const;

/** Whether a registry id is already used. */
export async function idTaken(q: Queryable, kind: keyof typeof ID_TAKEN, id: string): Promise<boolean> {
  return (await q.query(ID_TAKEN[kind], [id])).length > 0;
}
