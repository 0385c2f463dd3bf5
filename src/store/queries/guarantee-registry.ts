/**
 * Loads the whole security-guarantees registry from its projections in one pass: frameworks with
 * parties and status history, commitments with guarantors, pillars and schedules, live fulfilment
 * evidence with the facts of the pledges it draws on, milestones, organization names and the FX
 * table. The registry holds tens of frameworks and a few hundred commitments, so every view is
 * computed from this one snapshot rather than from many small queries.
 */
import type { FuzzyDate } from '../../domain/dates.ts';
import type { CommitmentTerms, FrameworkParty, LegalStatus, NegotiationParticipant, PledgeState, Source } from '../../domain/events.ts';
import type { FxRate } from '../../domain/fx.ts';
import type { BindingLevel, FrameworkKind, MilestoneKind, Pillar, Stance } from '../../domain/guarantee-vocabulary.ts';
import type { Currency, MoneyJson } from '../../domain/money.ts';
import type { Queryable } from '../db.ts';
import type { Clearance } from './clearance.ts';
import { loadRates } from './summaries.ts';

export interface StatusEntry {
  seq: number;
  from: LegalStatus | null;
  to: LegalStatus;
  effectiveOn: FuzzyDate | null;
  correction: boolean;
  reason: string | null;
  bindingLevel: BindingLevel | null;
  sources: Source[];
  recordedBy: string;
  recordedAt: string;
}

export interface FrameworkFacts {
  frameworkId: string;
  kind: FrameworkKind;
  title: string;
  parties: FrameworkParty[];
  partiesNote: string | null;
  umbrella: string | null;
  bindingLevel: BindingLevel;
  bindingBasis: string | null;
  status: LegalStatus;
  suspendedFrom: LegalStatus | null;
  statusOn: FuzzyDate | null;
  startsOn: FuzzyDate | null;
  durationYears: number | null;
  endsOn: FuzzyDate | null;
  durationNote: string | null;
  sources: Source[];
  publicRecord: boolean;
  note: string | null;
  recordedBy: string;
  history: StatusEntry[];
}

export interface ObligationFacts {
  obligationId: string;
  label: string;
  dueBy: FuzzyDate;
  amount: MoneyJson | null;
  quantity: string | null;
  note: string | null;
}

export interface EvidenceFacts {
  fulfilmentId: string;
  seq: number;
  commitmentId: string;
  obligationId: string | null;
  kind: 'pledge' | 'payment' | 'delivery';
  pledgeId: string | null;
  paymentId: string | null;
  amount: MoneyJson | null;
  quantity: string | null;
  description: string | null;
  deliveredOn: string | null;
  sources: Source[];
  value: MoneyJson | null;
  valuedOn: string;
  fx: { date: string; base: Currency; quote: Currency; rate: string }[];
  illustrative: boolean;
  basis: string;
  acceptExcess: boolean;
  recordedBy: string;
  recordedAt: string;
}

export interface CommitmentFacts {
  commitmentId: string;
  frameworkId: string;
  guarantors: string[];
  pillars: Pillar[];
  stance: Stance;
  terms: CommitmentTerms;
  statement: string;
  condition: string | null;
  reportedBy: string | null;
  statedEquivalent: MoneyJson | null;
  madeOn: FuzzyDate | null;
  sources: Source[];
  publicRecord: boolean;
  note: string | null;
  recordedBy: string;
  recordedAt: string;
  schedule: { obligations: ObligationFacts[]; reason: string | null; sources: Source[]; setAt: string | null };
  evidence: EvidenceFacts[];
}

export interface MilestoneFacts {
  milestoneId: string;
  frameworkId: string;
  on: FuzzyDate;
  kind: MilestoneKind;
  title: string;
  participants: NegotiationParticipant[];
  topics: Pillar[];
  outcome: string;
  figures: string | null;
  sources: Source[];
  recordedBy: string;
}

export interface PledgeFacts {
  pledgeId: string;
  amount: { minor: bigint; currency: Currency } | null;
  state: PledgeState;
  duplicateOf: string | null;
}

export interface Registry {
  frameworks: FrameworkFacts[];
  commitments: CommitmentFacts[];
  milestones: MilestoneFacts[];
  pledges: Map<string, PledgeFacts>;
  organizations: Map<string, { orgId: string; name: string; role: string; country: string | null }>;
  rates: FxRate[];
}

const fuzzy = (value: string | null, precision: string | null): FuzzyDate | null =>
  value !== null && precision !== null ? { value, precision: precision as FuzzyDate['precision'] } : null;
const iso = (t: Date | string): string => new Date(t).toISOString();
const money = (minor: bigint | null, currency: string | null): MoneyJson | null =>
  minor !== null && currency !== null ? { minor: minor.toString(), currency: currency as Currency } : null;

type Row = Record<string, unknown>;

async function loadFrameworks(q: Queryable): Promise<FrameworkFacts[]> {
  const rows = await q.query<Row>('SELECT * FROM guarantee_frameworks ORDER BY framework_id');
  const parties = await q.query<{ framework_id: string; org_id: string; role: FrameworkParty['role']; lead: boolean }>(
    'SELECT framework_id, org_id, role, lead FROM guarantee_framework_parties ORDER BY framework_id, position',
  );
  const history = await q.query<Row>('SELECT * FROM guarantee_status_history ORDER BY seq');
  return rows.map((r) => ({
    frameworkId: r.framework_id as string,
    kind: r.kind as FrameworkKind,
    title: r.title as string,
    parties: parties.filter((p) => p.framework_id === r.framework_id).map((p) => ({ orgId: p.org_id, role: p.role, ...(p.lead ? { lead: true } : {}) })),
    partiesNote: r.parties_note as string | null,
    umbrella: r.umbrella as string | null,
    bindingLevel: r.binding_level as BindingLevel,
    bindingBasis: r.binding_basis as string | null,
    status: r.status as LegalStatus,
    suspendedFrom: r.suspended_from as LegalStatus | null,
    statusOn: fuzzy(r.status_on as string | null, r.status_precision as string | null),
    startsOn: fuzzy(r.starts_on as string | null, r.starts_precision as string | null),
    durationYears: r.duration_years as number | null,
    endsOn: fuzzy(r.ends_on as string | null, r.ends_precision as string | null),
    durationNote: r.duration_note as string | null,
    sources: r.sources as Source[],
    publicRecord: r.public_record as boolean,
    note: r.note as string | null,
    recordedBy: r.recorded_by as string,
    history: history
      .filter((h) => h.framework_id === r.framework_id)
      .map((h) => ({
        seq: Number(h.seq),
        from: h.from_status as LegalStatus | null,
        to: h.to_status as LegalStatus,
        effectiveOn: fuzzy(h.effective_on as string | null, h.effective_precision as string | null),
        correction: h.correction as boolean,
        reason: h.reason as string | null,
        bindingLevel: h.binding_level as BindingLevel | null,
        sources: h.sources as Source[],
        recordedBy: h.recorded_by as string,
        recordedAt: iso(h.recorded_at as Date),
      })),
  }));
}

/**
 * Evidence the caller may count: a part of a pledge (or of a payment into one) whose pledge is hidden
 * from the caller, or whose amount is withheld from it, is left out entirely (src/domain/disclosure.ts).
 */
async function loadEvidence(q: Queryable, c: Clearance): Promise<EvidenceFacts[]> {
  const rows = await q.query<Row>(
    `SELECT f.*, to_char(f.valued_on, 'YYYY-MM-DD') AS valued_day, to_char(f.delivered_on, 'YYYY-MM-DD') AS delivered_day
       FROM guarantee_fulfilments f WHERE NOT f.withdrawn ORDER BY f.seq`,
  );
  const countable = (pledgeId: string | null) => pledgeId === null || (c.canSee('pledge', pledgeId) && c.canRead('pledge', pledgeId, 'amount'));
  return rows.filter((r) => countable(r.pledge_id as string | null)).map((r) => ({
    fulfilmentId: r.fulfilment_id as string,
    seq: Number(r.seq),
    commitmentId: r.commitment_id as string,
    obligationId: r.obligation_id as string | null,
    kind: r.evidence_kind as EvidenceFacts['kind'],
    pledgeId: r.pledge_id as string | null,
    paymentId: r.payment_id as string | null,
    amount: money(r.amount_minor as bigint | null, r.currency as string | null),
    quantity: r.quantity === null ? null : String(r.quantity),
    description: r.description as string | null,
    deliveredOn: r.delivered_day as string | null,
    sources: (r.evidence_sources as Source[] | null) ?? [],
    value: money(r.value_minor as bigint | null, r.value_currency as string | null),
    valuedOn: r.valued_day as string,
    fx: r.fx as EvidenceFacts['fx'],
    illustrative: r.illustrative as boolean,
    basis: r.basis as string,
    acceptExcess: r.accept_excess as boolean,
    recordedBy: r.recorded_by as string,
    recordedAt: iso(r.recorded_at as Date),
  }));
}

async function loadCommitments(q: Queryable, evidence: readonly EvidenceFacts[]): Promise<CommitmentFacts[]> {
  const rows = await q.query<Row>('SELECT * FROM guarantee_commitments ORDER BY commitment_id');
  const guarantors = await q.query<{ commitment_id: string; org_id: string }>('SELECT commitment_id, org_id FROM guarantee_commitment_guarantors ORDER BY commitment_id, position');
  const pillars = await q.query<{ commitment_id: string; pillar: Pillar }>('SELECT commitment_id, pillar FROM guarantee_commitment_pillars ORDER BY commitment_id, position');
  const obligations = await q.query<Row>('SELECT * FROM guarantee_obligations ORDER BY commitment_id, position');
  return rows.map((r) => {
    const id = r.commitment_id as string;
    return {
      commitmentId: id,
      frameworkId: r.framework_id as string,
      guarantors: guarantors.filter((g) => g.commitment_id === id).map((g) => g.org_id),
      pillars: pillars.filter((p) => p.commitment_id === id).map((p) => p.pillar),
      stance: r.stance as Stance,
      terms: r.terms as CommitmentTerms,
      statement: r.statement as string,
      condition: r.condition as string | null,
      reportedBy: r.reported_by as string | null,
      statedEquivalent: money(r.stated_equivalent_minor as bigint | null, r.stated_equivalent_currency as string | null),
      madeOn: fuzzy(r.made_on as string | null, r.made_precision as string | null),
      sources: r.sources as Source[],
      publicRecord: r.public_record as boolean,
      note: r.note as string | null,
      recordedBy: r.recorded_by as string,
      recordedAt: iso(r.recorded_at as Date),
      schedule: {
        obligations: obligations
          .filter((o) => o.commitment_id === id)
          .map((o) => ({
            obligationId: o.obligation_id as string,
            label: o.label as string,
            dueBy: fuzzy(o.due_by as string, o.due_precision as string)!,
            amount: money(o.amount_minor as bigint | null, o.currency as string | null),
            quantity: o.quantity === null ? null : String(o.quantity),
            note: o.note as string | null,
          })),
        reason: r.schedule_reason as string | null,
        sources: (r.schedule_sources as Source[] | null) ?? [],
        setAt: r.schedule_set_at ? iso(r.schedule_set_at as Date) : null,
      },
      evidence: evidence.filter((e) => e.commitmentId === id),
    };
  });
}

async function loadMilestones(q: Queryable): Promise<MilestoneFacts[]> {
  const rows = await q.query<Row>('SELECT * FROM guarantee_milestones ORDER BY on_value, milestone_id');
  return rows.map((r) => ({
    milestoneId: r.milestone_id as string,
    frameworkId: r.framework_id as string,
    on: fuzzy(r.on_value as string, r.on_precision as string)!,
    kind: r.kind as MilestoneKind,
    title: r.title as string,
    participants: r.participants as NegotiationParticipant[],
    topics: r.topics as Pillar[],
    outcome: r.outcome as string,
    figures: r.figures as string | null,
    sources: r.sources as Source[],
    recordedBy: r.recorded_by as string,
  }));
}

/** The pledges that fulfilment evidence draws on, with what decides whether their money counts. */
async function loadLinkedPledges(q: Queryable, c: Clearance): Promise<Map<string, PledgeFacts>> {
  const rows = await q.query<{ pledge_id: string; amount_minor: bigint | null; currency: Currency | null; state: PledgeState; duplicate_of: string | null }>(
    `SELECT pledge_id, amount_minor, currency, state, duplicate_of FROM pledges
      WHERE pledge_id IN (SELECT pledge_id FROM guarantee_fulfilments WHERE pledge_id IS NOT NULL) ORDER BY pledge_id`,
  );
  return new Map(
    rows.filter((r) => c.canSee('pledge', r.pledge_id) && c.canRead('pledge', r.pledge_id, 'amount')).map((r) => [
      r.pledge_id,
      { pledgeId: r.pledge_id, amount: r.amount_minor !== null && r.currency ? { minor: r.amount_minor, currency: r.currency } : null, state: r.state, duplicateOf: r.duplicate_of },
    ]),
  );
}

export async function loadRegistry(q: Queryable, c: Clearance): Promise<Registry> {
  const evidence = await loadEvidence(q, c);
  const orgs = await q.query<{ org_id: string; name: string; role: string; country: string | null }>('SELECT org_id, name, role, country FROM organizations ORDER BY org_id');
  return {
    frameworks: await loadFrameworks(q),
    commitments: await loadCommitments(q, evidence),
    milestones: await loadMilestones(q),
    pledges: await loadLinkedPledges(q, c),
    organizations: new Map(orgs.map((o) => [o.org_id, { orgId: o.org_id, name: o.name, role: o.role, country: o.country }])),
    rates: await loadRates(q),
  };
}
