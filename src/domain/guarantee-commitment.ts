/**
 * Commitments within a framework and their schedules. Pure rules.
 *
 * A commitment has quantitative terms where the source gives them (an amount of money in total or
 * per year over a period, a share of GDP per year, a quantity of an item) or is qualitative, and
 * may carry a condition. Only a guarantor's own organization records, schedules and evidences it;
 * the coordinator may do so for commitments it recorded from the public record. A schedule lists
 * the obligations (per year or per tranche) that the stated figure falls due in: it must add up to
 * that figure exactly, so a schedule never quietly adds to or drops from what was promised.
 */
import type { Actor } from './actors.ts';
import { latestDay, type FuzzyDate } from './dates.ts';
import { conflict, forbidden, invalid } from './errors.ts';
import type { CommitmentPeriod, CommitmentTerms, ScheduledObligation } from './events.ts';
import type { Stance } from './guarantee-vocabulary.ts';
import { format, fromJson, type Currency, type Money } from './money.ts';

export interface Commitment {
  commitmentId: string;
  frameworkId: string;
  guarantors: string[];
  stance: Stance;
  terms: CommitmentTerms;
  publicRecord: boolean;
}

/** A guarantor's own organization, or the coordinator for a public-record commitment. */
export function assertMayKeepCommitment(actor: Actor, c: Pick<Commitment, 'commitmentId' | 'guarantors' | 'publicRecord'>, action: string): void {
  if (actor.role === 'coordinator') {
    if (!c.publicRecord) throw forbidden(`commitment '${c.commitmentId}' was recorded by its guarantor, not from the public record; only a guarantor may ${action}`);
    return;
  }
  if (actor.role === 'ally' && c.guarantors.includes(actor.orgId)) return;
  throw forbidden(`only a guarantor of commitment '${c.commitmentId}' (${c.guarantors.join(', ')}), or the coordinator for the public record, may ${action}`);
}

/** The currency a commitment is measured in: its money's, or none. */
export const commitmentCurrency = (t: CommitmentTerms): Currency | null => (t.kind === 'money' ? fromJson(t.amount).currency : null);

const YEAR = /^\d{4}$/;

/** Number of whole years a period spans, where both ends are years. */
export function periodYears(p: CommitmentPeriod): number | null {
  if (p.from === null || p.to === null || !YEAR.test(p.from) || !YEAR.test(p.to)) return null;
  return Number(p.to) - Number(p.from) + 1;
}

/**
 * What a commitment promises in all, in its own unit: money in minor units, or a quantity. For a
 * per-year figure this is the figure times the years, only where the period names both years.
 * Null when it cannot be said (a share of GDP, an open period, a qualitative commitment).
 */
export function commitmentTotal(t: CommitmentTerms): { unit: 'money'; money: Money } | { unit: 'quantity'; quantity: bigint } | null {
  if (t.kind === 'money') {
    const m = fromJson(t.amount);
    if (t.basis === 'total') return { unit: 'money', money: m };
    const years = periodYears(t.period);
    return years === null ? null : { unit: 'money', money: { minor: m.minor * BigInt(years), currency: m.currency } };
  }
  if (t.kind === 'quantity') return { unit: 'quantity', quantity: BigInt(t.quantity) };
  return null;
}

/** Terms that make sense on their own: a period that runs forwards, a GDP share between 0 and 100. */
export function checkTerms(t: CommitmentTerms): void {
  if (t.kind === 'qualitative') return;
  const { from, to } = t.period;
  if (from !== null && to !== null && from.slice(0, 4) > to.slice(0, 4)) throw invalid('terms.period.to', `the period ends (${to}) before it begins (${from})`);
  if (t.kind === 'gdp_share') {
    const m = /^(\d{1,3})(?:\.(\d{1,4}))?$/.exec(t.percent);
    const value = m ? Number(m[1]) + Number(`0.${m[2] ?? '0'}`) : NaN;
    if (!m || value <= 0 || value > 100) throw invalid('terms.percent', 'must be a percentage above 0 and at most 100, e.g. "0.25"');
  }
}

/**
 * Checks a schedule against its commitment. Refusals: a commitment with nothing to schedule
 * (conflict); obligation ids twice, or an obligation in the wrong unit or currency (validation);
 * a per-year obligation that differs from the yearly figure or falls outside the period, or
 * obligations that do not add up to the stated total (conflict).
 */
export function checkSchedule(c: Pick<Commitment, 'commitmentId' | 'terms'>, obligations: readonly ScheduledObligation[]): void {
  const t = c.terms;
  if (t.kind === 'qualitative' || t.kind === 'gdp_share') {
    throw conflict(`commitment '${c.commitmentId}' states ${t.kind === 'qualitative' ? 'no figure' : 'a share of GDP, not money'}; there is nothing to schedule`);
  }
  const ids = new Set<string>();
  obligations.forEach((o, i) => {
    if (ids.has(o.obligationId)) throw invalid(`obligations.${i}.obligationId`, `'${o.obligationId}' is listed twice`);
    ids.add(o.obligationId);
    if (t.kind === 'money') {
      if (o.amount === null || o.quantity !== null) throw invalid(`obligations.${i}.amount`, 'a money commitment schedules amounts of money (and no quantity)');
      if (o.amount.currency !== t.amount.currency) throw invalid(`obligations.${i}.amount.currency`, `must be the commitment's currency ${t.amount.currency}`);
    } else if (o.quantity === null || o.amount !== null) {
      throw invalid(`obligations.${i}.quantity`, `a quantity commitment schedules quantities of ${t.unit} (and no money)`);
    }
  });
  if (t.kind === 'money' && t.basis === 'per_year') {
    obligations.forEach((o, i) => {
      if (o.amount!.minor !== t.amount.minor) throw conflict(`obligation '${o.obligationId}' is ${format(fromJson(o.amount!))}; the commitment states ${format(fromJson(t.amount))} per year`, { field: `obligations.${i}.amount` });
      if (!withinPeriod(o.dueBy, t.period)) throw conflict(`obligation '${o.obligationId}' falls due ${o.dueBy.value}, outside the period ${t.period.text}`, { field: `obligations.${i}.dueBy` });
    });
    return;
  }
  const stated = t.kind === 'money' ? BigInt(t.amount.minor) : BigInt(t.quantity);
  const scheduled = obligations.reduce((s, o) => s + BigInt(t.kind === 'money' ? o.amount!.minor : o.quantity!), 0n);
  if (scheduled !== stated) {
    const unit = t.kind === 'money' ? t.amount.currency : t.unit;
    throw conflict(`the obligations add up to ${scheduled} (${unit}${t.kind === 'money' ? ' minor units' : ''}); the commitment states ${stated}`, { scheduled: scheduled.toString(), stated: stated.toString() });
  }
}

function withinPeriod(due: FuzzyDate, p: CommitmentPeriod): boolean {
  const year = due.value.slice(0, 4);
  if (p.from !== null && year < p.from.slice(0, 4)) return false;
  if (p.to !== null && year > p.to.slice(0, 4)) return false;
  return true;
}

/** The day by which an obligation is due: the last day its date can mean. */
export const dueDay = (o: Pick<ScheduledObligation, 'dueBy'>): string => latestDay(o.dueBy);
