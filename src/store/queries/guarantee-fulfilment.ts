/**
 * How far each commitment is fulfilled, computed from the registry snapshot: every pledge's linked
 * parts are counted once across all commitments (countPledgeParts), each commitment's evidence is
 * measured against its schedule (measureFulfilment), and the figures are given in the commitment's
 * currency and in USD and EUR at the dated FX table, naming the rates.
 *
 * Which rate: a commitment's figures are all converted at one date, the day it was made (or the
 * as-of date when that is unknown), so that its percentages agree across currencies; each piece of
 * evidence is converted at its own date (a payment's day, a pledge's announcement, a delivery's
 * day). The FX table holds 2025 rates; for an earlier date the earliest later rate is used, and the
 * view says so (`rateAfterDate`).
 */
import { latestDay } from '../../domain/dates.ts';
import { convertVia, type FxRate } from '../../domain/fx.ts';
import { commitmentTotal } from '../../domain/guarantee-commitment.ts';
import { countPledgeParts, scaleValue, type CountedPart, type Counting } from '../../domain/guarantee-fulfilment.ts';
import { measureFulfilment, type Evidence, type Slot } from '../../domain/guarantee-measure.ts';
import { toJson, type Currency, type Money, type MoneyJson } from '../../domain/money.ts';
import type { CommitmentFacts, EvidenceFacts, Registry } from './guarantee-registry.ts';

export interface FxUsed {
  date: string;
  base: Currency;
  quote: Currency;
  rate: string;
}

export interface Figure {
  amount: MoneyJson | null;
  quantity: string | null;
  usd: MoneyJson | null;
  eur: MoneyJson | null;
}

export type FulfilmentStatus =
  | 'fulfilled'
  | 'partly_evidenced'
  | 'due_not_evidenced'
  | 'not_yet_due'
  | 'pending_evidence'
  | 'evidence_recorded'
  | 'no_evidence'
  | 'not_applicable';

export interface EvidenceView {
  fulfilmentId: string;
  kind: EvidenceFacts['kind'];
  pledgeId: string | null;
  paymentId: string | null;
  description: string | null;
  obligationId: string | null;
  /** As linked, in the evidence's own currency (or a quantity). */
  linked: Figure;
  /** What counts today, after the once-only cap (see counting and why). */
  counts: Figure;
  counting: Counting;
  why: string | null;
  /** Valued in the commitment's currency when recorded (null when it has none). */
  value: MoneyJson | null;
  valuedOn: string;
  fx: FxUsed[];
  illustrative: boolean;
  basis: string;
  acceptExcess: boolean;
  sources: EvidenceFacts['sources'];
  recordedBy: string;
  recordedAt: string;
}

export interface FulfilmentView {
  unit: 'money' | 'quantity' | 'none';
  currency: Currency | null;
  unitLabel: string | null;
  status: FulfilmentStatus;
  scheduled: Figure | null;
  due: Figure | null;
  fulfilled: Figure | null;
  overdue: Figure | null;
  pending: Figure | null;
  excess: Figure | null;
  pendingExcess: Figure | null;
  fulfilledBp: number | null;
  /** Counted and pending evidence in USD and EUR, each piece at its own date (comparable across commitments). */
  evidenceUsd: { counted: MoneyJson; pending: MoneyJson };
  evidenceEur: { counted: MoneyJson; pending: MoneyJson };
  obligations: {
    obligationId: string | null;
    label: string;
    dueBy: string | null;
    amount: Figure;
    fulfilled: Figure;
    pending: Figure;
    isDue: boolean;
    overdue: Figure;
    note: string | null;
  }[];
  evidence: EvidenceView[];
  fx: { date: string; toUsd: FxUsed[]; toEur: FxUsed[]; rateAfterDate: boolean } | null;
  /** Money that could not be converted for lack of a rate. */
  unconverted: string[];
}

const PIVOTS: Currency[] = ['EUR', 'USD'];
const used = (r: FxRate): FxUsed => ({ date: r.date, base: r.base, quote: r.quote, rate: r.rate });

/** Counts every pledge's linked parts once, across all commitments, in the order they were linked. */
export function countAll(registry: Registry): Map<string, CountedPart> {
  const byPledge = new Map<string, EvidenceFacts[]>();
  for (const c of registry.commitments) for (const e of c.evidence) if (e.pledgeId) byPledge.set(e.pledgeId, [...(byPledge.get(e.pledgeId) ?? []), e]);
  const out = new Map<string, CountedPart>();
  for (const [pledgeId, parts] of byPledge) {
    const pledge = registry.pledges.get(pledgeId);
    const sorted = [...parts].sort((a, b) => a.seq - b.seq);
    const linked = sorted.map((e) => ({ fulfilmentId: e.fulfilmentId, amount: { minor: BigInt(e.amount!.minor), currency: e.amount!.currency }, paymentId: e.paymentId }));
    const counted = pledge ? countPledgeParts(pledge, linked) : linked.map((l) => ({ fulfilmentId: l.fulfilmentId, counting: 'void' as const, minor: 0n, why: `pledge '${pledgeId}' is not in the record` }));
    for (const c of counted) out.set(c.fulfilmentId, c);
  }
  return out;
}

export class Converter {
  readonly unconverted = new Set<string>();
  constructor(private readonly rates: readonly FxRate[]) {}
  to(m: Money, currency: Currency, date: string): { money: MoneyJson | null; rates: FxUsed[] } {
    const r = convertVia(this.rates, m, currency, date, PIVOTS);
    if (!r) {
      this.unconverted.add(`${m.currency}->${currency}`);
      return { money: null, rates: [] };
    }
    return { money: toJson(r.money), rates: r.rates.map(used) };
  }
  figure(m: Money, date: string): Figure {
    return { amount: toJson(m), quantity: null, usd: this.to(m, 'USD', date).money, eur: this.to(m, 'EUR', date).money };
  }
}

function slotsOf(c: CommitmentFacts): Slot[] {
  const t = c.terms;
  const own = (o: { amount: MoneyJson | null; quantity: string | null }): bigint => BigInt(t.kind === 'quantity' ? (o.quantity ?? '0') : (o.amount?.minor ?? '0'));
  if (c.schedule.obligations.length > 0) {
    return c.schedule.obligations.map((o) => ({ obligationId: o.obligationId, label: o.label, dueDay: latestDay(o.dueBy), amount: own(o) }));
  }
  const total = commitmentTotal(t);
  if (total === null) return [];
  return [{ obligationId: null, label: 'the stated figure (no schedule set)', dueDay: null, amount: total.unit === 'money' ? total.money.minor : total.quantity }];
}

function statusOf(c: CommitmentFacts, m: ReturnType<typeof measureFulfilment>, hasEvidence: boolean): FulfilmentStatus {
  if (c.stance === 'ruled_out') return 'not_applicable';
  if (m.scheduled === null) return m.fulfilled > 0n ? 'evidence_recorded' : m.pending > 0n ? 'pending_evidence' : hasEvidence ? 'evidence_recorded' : 'no_evidence';
  if (m.scheduled > 0n && m.fulfilled >= m.scheduled) return 'fulfilled';
  if (m.overdue !== null && m.overdue > 0n) return m.fulfilled > 0n ? 'partly_evidenced' : 'due_not_evidenced';
  if (m.fulfilled > 0n) return 'partly_evidenced';
  if (m.pending > 0n) return 'pending_evidence';
  return m.due === null ? 'no_evidence' : 'not_yet_due';
}

export function fulfilmentOf(registry: Registry, c: CommitmentFacts, counted: Map<string, CountedPart>, asOf: string): FulfilmentView {
  const conv = new Converter(registry.rates);
  const t = c.terms;
  const currency: Currency | null = t.kind === 'money' ? t.amount.currency : null;
  const unit: FulfilmentView['unit'] = t.kind === 'money' ? 'money' : t.kind === 'quantity' ? 'quantity' : 'none';
  const refDate = c.madeOn ? latestDay(c.madeOn) : asOf;

  const evidence: EvidenceView[] = [];
  const measured: Evidence[] = [];
  const sums = { usd: { counted: 0n, pending: 0n }, eur: { counted: 0n, pending: 0n } };
  for (const e of c.evidence) {
    const part = counted.get(e.fulfilmentId);
    const counting: Counting = e.kind === 'delivery' ? 'counted' : (part?.counting ?? 'void');
    const linkedMinor = e.amount ? BigInt(e.amount.minor) : 0n;
    const countsMinor = e.kind === 'delivery' ? linkedMinor : (part?.minor ?? 0n);
    const countsMoney: Money | null = e.amount ? { minor: countsMinor, currency: e.amount.currency } : null;
    const countsFigure: Figure = countsMoney ? conv.figure(countsMoney, e.valuedOn) : { amount: null, quantity: e.quantity, usd: null, eur: null };
    if (countsMoney && counting !== 'void') {
      const bucket = counting === 'counted' ? 'counted' : 'pending';
      sums.usd[bucket] += BigInt(countsFigure.usd?.minor ?? '0');
      sums.eur[bucket] += BigInt(countsFigure.eur?.minor ?? '0');
    }
    const ownValue = unit === 'quantity' ? (e.quantity ? BigInt(e.quantity) : null) : e.value ? scaleValue(BigInt(e.value.minor), countsMinor, linkedMinor) : null;
    measured.push({ fulfilmentId: e.fulfilmentId, obligationId: e.obligationId, value: unit === 'none' ? (countsMoney ? BigInt(countsFigure.usd?.minor ?? '0') : null) : ownValue, counting });
    evidence.push({
      fulfilmentId: e.fulfilmentId,
      kind: e.kind,
      pledgeId: e.pledgeId,
      paymentId: e.paymentId,
      description: e.description,
      obligationId: e.obligationId,
      linked: e.amount ? conv.figure({ minor: linkedMinor, currency: e.amount.currency }, e.valuedOn) : { amount: null, quantity: e.quantity, usd: null, eur: null },
      counts: countsFigure,
      counting,
      why: e.kind === 'delivery' ? null : (part?.why ?? null),
      value: e.value,
      valuedOn: e.valuedOn,
      fx: e.fx,
      illustrative: e.illustrative,
      basis: e.basis,
      acceptExcess: e.acceptExcess,
      sources: e.sources,
      recordedBy: e.recordedBy,
      recordedAt: e.recordedAt,
    });
  }

  // A commitment with no unit of its own (a share of GDP, a statement) is measured in USD, with nothing scheduled.
  const slots = unit === 'none' ? [] : slotsOf(c);
  const m = measureFulfilment(slots, measured, asOf);
  const toUsd = currency ? conv.to({ minor: 1n, currency }, 'USD', refDate).rates : [];
  const toEur = currency ? conv.to({ minor: 1n, currency }, 'EUR', refDate).rates : [];
  const fig = (n: bigint | null): Figure | null => {
    if (n === null) return null;
    if (unit === 'quantity') return { amount: null, quantity: n.toString(), usd: null, eur: null };
    if (unit === 'none') return { amount: null, quantity: null, usd: { minor: n.toString(), currency: 'USD' }, eur: null };
    return conv.figure({ minor: n, currency: currency! }, refDate);
  };
  const always = (n: bigint): Figure => fig(n)!;
  const usdSum = (n: bigint): MoneyJson => ({ minor: n.toString(), currency: 'USD' });
  const eurSum = (n: bigint): MoneyJson => ({ minor: n.toString(), currency: 'EUR' });
  const rateAfterDate = [...toUsd, ...toEur].some((r) => r.date > refDate);
  const noteOf = new Map(c.schedule.obligations.map((o) => [o.obligationId, o]));
  return {
    unit,
    currency,
    unitLabel: t.kind === 'quantity' ? `${t.unit} of ${t.item}` : currency,
    status: statusOf(c, m, evidence.length > 0),
    scheduled: fig(m.scheduled),
    due: fig(m.due),
    fulfilled: unit === 'none' ? null : fig(m.fulfilled),
    overdue: fig(m.overdue),
    pending: unit === 'none' ? null : fig(m.pending),
    excess: unit === 'none' ? null : fig(m.excess),
    pendingExcess: unit === 'none' ? null : fig(m.pendingExcess),
    fulfilledBp: m.fulfilledBp,
    evidenceUsd: { counted: usdSum(sums.usd.counted), pending: usdSum(sums.usd.pending) },
    evidenceEur: { counted: eurSum(sums.eur.counted), pending: eurSum(sums.eur.pending) },
    obligations: m.slots.map((s) => ({
      obligationId: s.obligationId,
      label: s.label,
      dueBy: s.obligationId ? (noteOf.get(s.obligationId)?.dueBy.value ?? null) : null,
      amount: always(s.amount),
      fulfilled: always(s.fulfilled),
      pending: always(s.pending),
      isDue: s.isDue,
      overdue: always(s.overdue),
      note: s.obligationId ? (noteOf.get(s.obligationId)?.note ?? null) : null,
    })),
    evidence,
    fx: currency ? { date: refDate, toUsd, toEur, rateAfterDate } : null,
    unconverted: [...conv.unconverted].sort(),
  };
}
