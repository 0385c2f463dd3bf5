/**
 * Proves the commitment rules: who may keep a commitment (its guarantor, or the coordinator for a
 * public-record one), how its total follows from its terms (per-year figures only over named
 * years), that terms are consistent, and that a schedule must add up to the stated figure in the
 * commitment's own unit and currency, with per-year obligations equal to the yearly figure.
 */
import { describe, expect, it } from 'vitest';
import { expectRefusal } from '../../test/support/expect-refusal.ts';
import type { Actor } from './actors.ts';
import type { CommitmentTerms, ScheduledObligation } from './events.ts';
import { assertMayKeepCommitment, checkSchedule, checkTerms, commitmentTotal } from './guarantee-commitment.ts';

const eur = (minor: string) => ({ minor, currency: 'EUR' as const });
const money = (amount: string, basis: 'total' | 'per_year', from: string | null, to: string | null): CommitmentTerms => ({
  kind: 'money',
  amount: eur(amount),
  qualifier: 'exact',
  basis,
  period: { from, to, text: 'test' },
});
const ob = (obligationId: string, dueBy: string, amount: string | null, quantity: string | null = null): ScheduledObligation => ({
  obligationId,
  label: obligationId,
  dueBy: { value: dueBy, precision: dueBy.length === 4 ? 'year' : 'month' },
  amount: amount === null ? null : eur(amount),
  quantity,
});
const c = (terms: CommitmentTerms) => ({ commitmentId: 'c1', terms });
const actor = (orgId: string, role: Actor['role']): Actor => ({ orgId, role, userId: 't' });

describe('who may keep a commitment', () => {
  const commitment = { commitmentId: 'c1', guarantors: ['nl', 'de'], publicRecord: false };
  it('is a guarantor of it, or the coordinator only for a public-record commitment', () => {
    expect(() => assertMayKeepCommitment(actor('de', 'ally'), commitment, 'x')).not.toThrow();
    expectRefusal(() => assertMayKeepCommitment(actor('pl', 'ally'), commitment, 'x'), undefined, 'forbidden');
    expectRefusal(() => assertMayKeepCommitment(actor('nato', 'coordinator'), commitment, 'x'), undefined, 'forbidden');
    expect(() => assertMayKeepCommitment(actor('nato', 'coordinator'), { ...commitment, publicRecord: true }, 'x')).not.toThrow();
    expectRefusal(() => assertMayKeepCommitment(actor('ua-mod', 'recipient'), { ...commitment, publicRecord: true }, 'x'), undefined, 'forbidden');
  });
});

describe('commitment terms', () => {
  it('totals a per-year figure only over a period that names both years', () => {
    expect(commitmentTotal(money('8000000000', 'per_year', '2024', '2028'))).toEqual({ unit: 'money', money: { minor: 40000000000n, currency: 'EUR' } });
    expect(commitmentTotal(money('8000000000', 'per_year', '2025', null))).toBeNull();
    expect(commitmentTotal(money('700000000000', 'total', '2024', '2024'))).toEqual({ unit: 'money', money: { minor: 700000000000n, currency: 'EUR' } });
    expect(commitmentTotal({ kind: 'qualitative' })).toBeNull();
    expect(commitmentTotal({ kind: 'gdp_share', percent: '0.25', qualifier: 'exact', basis: 'per_year', period: { from: '2024', to: '2026', text: '' } })).toBeNull();
  });

  it('refuses a period that runs backwards and a GDP share outside (0, 100]', () => {
    expectRefusal(() => checkTerms(money('1', 'total', '2026', '2024')), 'terms.period.to');
    for (const percent of ['0', '101', 'abc', '0.00001']) {
      expectRefusal(() => checkTerms({ kind: 'gdp_share', percent, qualifier: 'exact', basis: 'per_year', period: { from: null, to: null, text: '' } }), 'terms.percent');
    }
    expect(() => checkTerms({ kind: 'gdp_share', percent: '0.25', qualifier: 'at_least', basis: 'per_year', period: { from: null, to: null, text: '' } })).not.toThrow();
  });
});

describe('schedules', () => {
  it('accepts tranches that add up to the stated total, and refuses any that do not', () => {
    const t = money('850000000000', 'total', '2023', '2028');
    expect(() => checkSchedule(c(t), [ob('a', '2026', '350000000000'), ob('b', '2028', '500000000000')])).not.toThrow();
    const e = expectRefusal(() => checkSchedule(c(t), [ob('a', '2026', '350000000000')]), undefined, 'conflict');
    expect(e.detail).toMatchObject({ scheduled: '350000000000', stated: '850000000000' });
    expectRefusal(() => checkSchedule(c(t), [ob('a', '2026', '850000000001')]), undefined, 'conflict');
  });

  it('requires per-year obligations equal to the yearly figure, inside the period', () => {
    const t = money('8000000000', 'per_year', '2024', '2026');
    expect(() => checkSchedule(c(t), [ob('y2024', '2024', '8000000000'), ob('y2025', '2025', '8000000000')])).not.toThrow();
    expectRefusal(() => checkSchedule(c(t), [ob('y2024', '2024', '7000000000')]), undefined, 'conflict');
    expectRefusal(() => checkSchedule(c(t), [ob('y2027', '2027', '8000000000')]), undefined, 'conflict');
  });

  it('refuses the wrong unit or currency, ids twice, and commitments with nothing to schedule', () => {
    const t = money('100', 'total', null, null);
    expectRefusal(() => checkSchedule(c(t), [{ ...ob('a', '2025', '100'), amount: { minor: '100', currency: 'USD' } }]), 'obligations.0.amount.currency');
    expectRefusal(() => checkSchedule(c(t), [ob('a', '2025', null, '100')]), 'obligations.0.amount');
    expectRefusal(() => checkSchedule(c(t), [ob('a', '2025', '50'), ob('a', '2026', '50')]), 'obligations.1.obligationId');
    const q: CommitmentTerms = { kind: 'quantity', quantity: '30', unit: 'aircraft', item: 'F-16', qualifier: 'exact', period: { from: null, to: '2028', text: 'by 2028' } };
    expect(() => checkSchedule(c(q), [ob('a', '2028', null, '30')])).not.toThrow();
    expectRefusal(() => checkSchedule(c(q), [ob('a', '2028', '30')]), 'obligations.0.quantity');
    expectRefusal(() => checkSchedule(c({ kind: 'qualitative' }), [ob('a', '2028', '1')]), undefined, 'conflict');
  });
});
