/**
 * Proves, over random records, that fulfilment never double-counts: whatever parts of whatever
 * pledges are linked to whatever commitments (each link decided by the same rule the command uses,
 * refusals dropped), and however the pledges change afterwards (shrinking, ending, marked as
 * duplicates, committed), (1) no pledge ever counts toward commitments for more than its amount in
 * total, (2) every counted unit of money is either fulfilment or excess of exactly one commitment,
 * never both and never two, (3) no commitment is fulfilled beyond its schedule, and (4) due and
 * overdue stay within the schedule. The seed is printed by fast-check on failure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.ts';
import type { PledgeState } from './events.ts';
import { checkPledgeEvidence, countPledgeParts, type LinkablePledge, type LinkedPart } from './guarantee-fulfilment.ts';
import { measureFulfilment, type Evidence, type Slot } from './guarantee-measure.ts';

const STATES: PledgeState[] = ['announced', 'pledged', 'committed', 'paid', 'withdrawn', 'cancelled'];
const GUARANTORS = ['se', 'no', 'dk'];

const pledgeArb = fc.record({
  amount: fc.bigInt({ min: 1n, max: 1000n }),
  contributors: fc.subarray(GUARANTORS, { minLength: 1 }),
  state: fc.constantFrom<PledgeState>('announced', 'committed', 'paid'),
});
const commitmentArb = fc.record({
  guarantors: fc.subarray(GUARANTORS, { minLength: 1 }),
  slots: fc.array(fc.record({ amount: fc.bigInt({ min: 1n, max: 800n }), dueDay: fc.constantFrom('2024-12-31', '2025-12-31', '2026-12-31') }), { maxLength: 3 }),
});
const linkArb = fc.record({ pledge: fc.nat(), commitment: fc.nat(), amount: fc.bigInt({ min: 1n, max: 700n }), aim: fc.nat(), aimed: fc.boolean() });
const changeArb = fc.record({ pledge: fc.nat(), amount: fc.option(fc.bigInt({ min: 0n, max: 1000n })), state: fc.option(fc.constantFrom(...STATES)), duplicate: fc.boolean() });

describe('fulfilment never double-counts', () => {
  it('holds for random pledges, commitments, links and later changes', () => {
    fc.assert(
      fc.property(
        fc.array(pledgeArb, { minLength: 1, maxLength: 5 }),
        fc.array(commitmentArb, { minLength: 1, maxLength: 5 }),
        fc.array(linkArb, { maxLength: 40 }),
        fc.array(changeArb, { maxLength: 6 }),
        fc.constantFrom('2024-06-30', '2025-12-31', '2027-01-01'),
        (pledgeSpecs, commitments, links, changes, asOf) => {
          const pledges: LinkablePledge[] = pledgeSpecs.map((p, i) => ({ pledgeId: `p${i}`, contributors: p.contributors, amount: { minor: p.amount, currency: 'USD' }, state: p.state, duplicateOf: null }));
          const parts = new Map<string, (LinkedPart & { commitment: number; obligationId: string | null })[]>();
          let n = 0;
          for (const l of links) {
            const p = pledges[l.pledge % pledges.length]!;
            const ci = l.commitment % commitments.length;
            const c = commitments[ci]!;
            const linked = parts.get(p.pledgeId) ?? [];
            try {
              checkPledgeEvidence(p, c.guarantors, linked, { minor: l.amount, currency: 'USD' });
            } catch (err) {
              expect(err).toBeInstanceOf(DomainError);
              continue;
            }
            const obligationId = l.aimed && c.slots.length > 0 ? `o${l.aim % c.slots.length}` : null;
            parts.set(p.pledgeId, [...linked, { fulfilmentId: `f${n++}`, amount: { minor: l.amount, currency: 'USD' }, paymentId: null, commitment: ci, obligationId }]);
          }
          // The rule at link time: the parts of a pledge never add up past it.
          for (const p of pledges) expect((parts.get(p.pledgeId) ?? []).reduce((s, x) => s + x.amount.minor, 0n)).toBeLessThanOrEqual(p.amount!.minor);

          for (const ch of changes) {
            const p = pledges[ch.pledge % pledges.length]!;
            if (ch.amount !== null) p.amount = { minor: ch.amount, currency: 'USD' };
            if (ch.state !== null) p.state = ch.state;
            if (ch.duplicate) p.duplicateOf = 'elsewhere';
          }

          const evidence = commitments.map((): Evidence[] => []);
          let countedTotal = 0n;
          for (const p of pledges) {
            const own = parts.get(p.pledgeId) ?? [];
            const counted = countPledgeParts(p, own);
            const live = counted.reduce((s, x) => s + x.minor, 0n);
            expect(live).toBeLessThanOrEqual(p.amount!.minor); // (1)
            counted.forEach((x, i) => {
              if (x.counting === 'void') expect(x.minor).toBe(0n);
              if (x.counting === 'counted') countedTotal += x.minor;
              evidence[own[i]!.commitment]!.push({ fulfilmentId: x.fulfilmentId, obligationId: own[i]!.obligationId, value: x.minor, counting: x.counting });
            });
          }
          let fulfilledPlusExcess = 0n;
          commitments.forEach((c, ci) => {
            const slots: Slot[] = c.slots.map((s, i) => ({ obligationId: `o${i}`, label: `o${i}`, dueDay: s.dueDay, amount: s.amount }));
            const m = measureFulfilment(slots, evidence[ci]!, asOf);
            fulfilledPlusExcess += m.fulfilled + m.excess;
            if (m.scheduled !== null) {
              expect(m.fulfilled).toBeLessThanOrEqual(m.scheduled); // (3)
              expect(m.fulfilled + m.pending).toBeLessThanOrEqual(m.scheduled);
              for (const s of m.slots) expect(s.fulfilled + s.pending).toBeLessThanOrEqual(s.amount);
            }
            if (m.due !== null) {
              expect(m.due).toBeLessThanOrEqual(m.scheduled!); // (4)
              expect(m.overdue!).toBeGreaterThanOrEqual(0n);
              expect(m.overdue!).toBeLessThanOrEqual(m.due);
            }
          });
          expect(fulfilledPlusExcess).toBe(countedTotal); // (2)
        },
      ),
      { numRuns: 400 },
    );
  });
});
