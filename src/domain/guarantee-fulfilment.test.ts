/**
 * Proves the fulfilment rules on examples: a pledge's parts linked to commitments never exceed the
 * pledge (nor a payment's parts the payment), duplicates, ended pledges, pledges without an amount
 * or from other countries are refused; the counting applies the cap again when a pledge shrinks and
 * voids parts of ended pledges; and the measure caps fulfilment at the schedule, shows the excess as
 * such, and computes due and overdue from the dated obligations.
 */
import { describe, expect, it } from 'vitest';
import { expectRefusal } from '../../test/support/expect-refusal.ts';
import { checkPledgeEvidence, countPledgeParts, type LinkablePledge, type LinkedPart } from './guarantee-fulfilment.ts';
import { measureFulfilment, type Slot } from './guarantee-measure.ts';

const usd = (minor: bigint) => ({ minor, currency: 'USD' as const });
const pledge = (extra: Partial<LinkablePledge> = {}): LinkablePledge => ({ pledgeId: 'p', contributors: ['se', 'no'], amount: usd(500n), state: 'committed', duplicateOf: null, ...extra });
const part = (fulfilmentId: string, minor: bigint, paymentId: string | null = null): LinkedPart => ({ fulfilmentId, amount: usd(minor), paymentId });

describe('linking a pledge to commitments', () => {
  it('lets parts add up to the pledge and no further, across commitments', () => {
    expect(() => checkPledgeEvidence(pledge(), ['se'], [part('a', 300n)], usd(200n))).not.toThrow();
    const e = expectRefusal(() => checkPledgeEvidence(pledge(), ['se'], [part('a', 300n)], usd(201n)), undefined, 'conflict');
    expect(e.detail).toMatchObject({ amountMinor: '500', linkedMinor: '300' });
  });

  it('caps the parts of a payment at the payment', () => {
    const payment = { paymentId: 'pay', pledgeId: 'p', amount: usd(100n) };
    expect(() => checkPledgeEvidence(pledge(), ['se'], [part('a', 60n, 'pay')], usd(40n), payment)).not.toThrow();
    expectRefusal(() => checkPledgeEvidence(pledge(), ['se'], [part('a', 60n, 'pay')], usd(41n), payment), undefined, 'conflict');
  });

  it('refuses the wrong currency, duplicates, ended pledges, no amount and other contributors, in that order', () => {
    expectRefusal(() => checkPledgeEvidence(pledge({ duplicateOf: 'q' }), ['se'], [], { minor: 1n, currency: 'EUR' }), 'evidence.amount.currency');
    expectRefusal(() => checkPledgeEvidence(pledge({ duplicateOf: 'q' }), ['se'], [], usd(1n)), undefined, 'conflict');
    expectRefusal(() => checkPledgeEvidence(pledge({ state: 'withdrawn' }), ['se'], [], usd(1n)), undefined, 'invalid_transition');
    expectRefusal(() => checkPledgeEvidence(pledge({ amount: null }), ['se'], [], usd(1n)), undefined, 'conflict');
    const other = expectRefusal(() => checkPledgeEvidence(pledge(), ['dk'], [], usd(1n)), undefined, 'conflict');
    expect(other.message).toContain('none of them a guarantor');
  });
});

describe('counting linked parts', () => {
  it('counts committed money, keeps announced money pending, and voids ended or duplicate pledges', () => {
    expect(countPledgeParts(pledge(), [part('a', 100n)])[0]).toMatchObject({ counting: 'counted', minor: 100n });
    expect(countPledgeParts(pledge({ state: 'announced' }), [part('a', 100n)])[0]).toMatchObject({ counting: 'pending', minor: 100n });
    expect(countPledgeParts(pledge({ state: 'announced' }), [part('a', 100n, 'pay')])[0]).toMatchObject({ counting: 'counted' });
    expect(countPledgeParts(pledge({ state: 'cancelled' }), [part('a', 100n)])[0]).toMatchObject({ counting: 'void', minor: 0n });
    expect(countPledgeParts(pledge({ duplicateOf: 'q' }), [part('a', 100n)])[0]).toMatchObject({ counting: 'void' });
    expect(countPledgeParts(pledge({ amount: { minor: 500n, currency: 'EUR' } }), [part('a', 100n)])[0]).toMatchObject({ counting: 'void' });
  });

  it('applies the cap again, in linking order, when the pledge shrinks', () => {
    const parts = countPledgeParts(pledge({ amount: usd(250n) }), [part('a', 200n), part('b', 200n), part('c', 10n)]);
    expect(parts.map((p) => [p.counting, p.minor])).toEqual([['counted', 200n], ['counted', 50n], ['void', 0n]]);
    expect(parts[1]!.why).toContain('earlier parts take the rest');
  });
});

describe('measuring fulfilment', () => {
  const slots: Slot[] = [
    { obligationId: '2024', label: '2024', dueDay: '2024-12-31', amount: 100n },
    { obligationId: '2025', label: '2025', dueDay: '2025-12-31', amount: 100n },
  ];
  it('fills obligations in due order, caps at the schedule and shows the excess as such', () => {
    const m = measureFulfilment(slots, [{ fulfilmentId: 'a', obligationId: null, value: 250n, counting: 'counted' }], '2025-06-30');
    expect(m).toMatchObject({ scheduled: 200n, fulfilled: 200n, excess: 50n, due: 100n, fulfilledDue: 100n, overdue: 0n, fulfilledBp: 10000 });
  });

  it('puts aimed evidence on its obligation and computes what is overdue', () => {
    const m = measureFulfilment(slots, [{ fulfilmentId: 'a', obligationId: '2025', value: 80n, counting: 'counted' }], '2026-01-01');
    expect(m.slots.map((s) => [s.obligationId, s.fulfilled, s.overdue])).toEqual([['2024', 0n, 100n], ['2025', 80n, 20n]]);
    expect(m).toMatchObject({ due: 200n, fulfilledDue: 80n, overdue: 120n, fulfilledBp: 4000 });
  });

  it('fills with pending evidence only what counted evidence left, and says what would be excess', () => {
    const m = measureFulfilment(slots, [
      { fulfilmentId: 'a', obligationId: null, value: 150n, counting: 'counted' },
      { fulfilmentId: 'b', obligationId: null, value: 80n, counting: 'pending' },
      { fulfilmentId: 'c', obligationId: null, value: 999n, counting: 'void' },
    ], '2024-01-01');
    expect(m).toMatchObject({ fulfilled: 150n, pending: 50n, pendingExcess: 30n, excess: 0n, due: 0n, overdue: 0n });
  });

  it('with no figure to measure against, counts all counted evidence and nothing is due', () => {
    const m = measureFulfilment([], [{ fulfilmentId: 'a', obligationId: null, value: 70n, counting: 'counted' }], '2030-01-01');
    expect(m).toMatchObject({ scheduled: null, due: null, overdue: null, fulfilled: 70n, excess: 0n, fulfilledBp: null });
  });
});
