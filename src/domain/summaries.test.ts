/**
 * Proves the counting rules of the summaries: each pledge counted exactly once (joint pledges under
 * their group, duplicates and ended pledges nowhere), committed never above announced, funded never
 * above need, and monthly cumulative figures equal to the running sum.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PledgeState } from './events.ts';
import type { FxRate } from './fx.ts';
import {
  basisPoints,
  contributorTotals,
  countsAnywhere,
  coverageByBand,
  fundingGap,
  leadTimeStat,
  lineFundedUsd,
  monthlyProgress,
  type LineFacts,
  type PackageFunding,
  type PledgeFacts,
} from './summaries.ts';

const RATES: FxRate[] = [
  { date: '2025-08-01', base: 'EUR', quote: 'USD', rate: '1.16', source: 'test' },
  { date: '2025-08-01', base: 'EUR', quote: 'NOK', rate: '11.9', source: 'test' },
];
const STATES: PledgeState[] = ['announced', 'pledged', 'committed', 'paid', 'withdrawn', 'lapsed', 'cancelled'];
const ORGS = ['nl', 'de', 'dk', 'no', 'se'];

const pledgeArb = fc.record({
  pledgeId: fc.uuid(),
  contributors: fc.uniqueArray(fc.constantFrom(...ORGS), { minLength: 1, maxLength: 3 }),
  amount: fc.option(fc.record({ minor: fc.bigInt({ min: 1n, max: 10n ** 12n }), currency: fc.constantFrom('EUR' as const, 'USD' as const, 'NOK' as const) }), { nil: null }),
  state: fc.constantFrom(...STATES),
  duplicate: fc.boolean(),
  paidShare: fc.integer({ min: 0, max: 100 }),
});

type RawPledge = typeof pledgeArb extends fc.Arbitrary<infer T> ? T : never;

const toFacts = (r: RawPledge): PledgeFacts => ({
  pledgeId: r.pledgeId,
  contributors: r.contributors,
  amount: r.amount,
  paidMinor: r.amount && r.state === 'paid' ? r.amount.minor : r.amount && r.state === 'committed' ? (r.amount.minor * BigInt(r.paidShare)) / 100n : 0n,
  state: r.state,
  duplicateOf: r.duplicate ? 'other' : null,
  announcedOn: { value: '2025-09-01', precision: 'day' },
});

describe('contributorTotals', () => {
  it('counts every countable pledge exactly once, per original currency', () => {
    fc.assert(
      fc.property(fc.array(pledgeArb, { maxLength: 40 }), (raw) => {
        const pledges = raw.map(toFacts);
        const rows = contributorTotals(pledges, RATES);
        const expected = new Map<string, bigint>();
        let expectedCount = 0;
        for (const p of pledges) {
          if (!countsAnywhere(p)) continue;
          expectedCount += 1;
          if (p.amount) expected.set(p.amount.currency, (expected.get(p.amount.currency) ?? 0n) + p.amount.minor);
        }
        expect(rows.reduce((s, r) => s + r.pledges, 0)).toBe(expectedCount);
        for (const [cur, total] of expected) {
          expect(rows.reduce((s, r) => s + (r.byCurrency[cur]?.announced ?? 0n), 0n)).toBe(total);
        }
        for (const r of rows) {
          for (const t of Object.values(r.byCurrency)) {
            expect(t.committed <= t.announced).toBe(true);
            expect(t.paid <= t.committed).toBe(true);
          }
          expect(r.usd.paid <= r.usd.committed && r.usd.committed <= r.usd.announced).toBe(true);
        }
      }),
    );
  });

  it('puts a joint pledge under its group, and converts through EUR where no direct rate exists', () => {
    const rows = contributorTotals(
      [
        { pledgeId: 'a', contributors: ['se', 'dk', 'no'], amount: { minor: 500n, currency: 'USD' }, paidMinor: 0n, state: 'committed', duplicateOf: null, announcedOn: { value: '2025-08', precision: 'month' } },
        { pledgeId: 'b', contributors: ['no'], amount: { minor: 1190n, currency: 'NOK' }, paidMinor: 0n, state: 'announced', duplicateOf: null, announcedOn: { value: '2025-08-05', precision: 'day' } },
        { pledgeId: 'c', contributors: ['no'], amount: { minor: 9n, currency: 'NOK' }, paidMinor: 0n, state: 'announced', duplicateOf: 'b', announcedOn: { value: '2025-08-05', precision: 'day' } },
      ],
      RATES,
    );
    const group = rows.find((r) => r.key === 'dk+no+se')!;
    expect(group.usd.committed).toBe(500n);
    const no = rows.find((r) => r.key === 'no')!;
    expect(no.pledges).toBe(1);
    // 1190 NOK = 100 EUR = 116 USD exactly at these rates.
    expect(no.usd.announced).toBe(116n);
    expect(no.eur.announced).toBe(100n);
  });
});

describe('coverage and gap', () => {
  const lineArb = fc.record({
    lineId: fc.uuid(),
    rank: fc.option(fc.integer({ min: 1, max: 40 }), { nil: null }),
    status: fc.constantFrom('proposed', 'validated', 'priced', 'packaged', 'funded', 'delivered'),
    needUsd: fc.bigInt({ min: 0n, max: 10n ** 12n }),
    packageId: fc.option(fc.constantFrom('p1', 'p2'), { nil: null }),
  });
  const pkgArb = fc.record({ priceUsd: fc.bigInt({ min: 1n, max: 10n ** 12n }), allocatedUsd: fc.bigInt({ min: 0n, max: 2n * 10n ** 12n }) });

  it('never reports a band funded beyond its need', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 30 }), pkgArb, pkgArb, (lines: LineFacts[], a, b) => {
        const pkgs = new Map<string, PackageFunding>([
          ['p1', { packageId: 'p1', ...a }],
          ['p2', { packageId: 'p2', ...b }],
        ]);
        for (const band of coverageByBand(lines, pkgs)) {
          expect(band.fundedUsd <= band.needUsd).toBe(true);
          expect(band.fundedUsd >= 0n).toBe(true);
        }
      }),
    );
  });

  it('funds a packaged line pro rata to its package, capped at the price', () => {
    const pkgs = new Map<string, PackageFunding>([['p', { packageId: 'p', priceUsd: 1000n, allocatedUsd: 250n }]]);
    const line: LineFacts = { lineId: 'l', rank: 1, status: 'packaged', needUsd: 400n, packageId: 'p' };
    expect(lineFundedUsd(line, pkgs)).toBe(100n);
    pkgs.set('p', { packageId: 'p', priceUsd: 1000n, allocatedUsd: 5000n });
    expect(lineFundedUsd(line, pkgs)).toBe(400n);
  });

  it('adds the packages still raising money to the ranked need not yet packaged', () => {
    const gap = fundingGap(
      [{ packageId: 'p', priceUsd: 1000n, allocatedUsd: 300n }, { packageId: 'q', priceUsd: 10n, allocatedUsd: 20n }],
      [{ lineId: 'x', rank: 3, status: 'priced', needUsd: 50n, packageId: null }, { lineId: 'y', rank: null, status: 'rejected', needUsd: 999n, packageId: null }],
    );
    expect(gap.packagedGapUsd).toBe(700n);
    expect(gap.unpackagedNeedUsd).toBe(50n);
    expect(gap.totalGapUsd).toBe(750n);
  });
});

describe('monthly progress and lead times', () => {
  it('keeps the cumulative figure equal to the running sum, with empty months in between', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ month: fc.constantFrom('2025-08', '2025-09', '2025-11', '2026-01'), usdMinor: fc.bigInt({ min: 0n, max: 10n ** 12n }) }), { minLength: 1, maxLength: 20 }),
        (commitments) => {
          const months = monthlyProgress(commitments, '2026-02');
          let running = 0n;
          for (const m of months) {
            running += m.committedUsd;
            expect(m.cumulativeUsd).toBe(running);
          }
          expect(running).toBe(commitments.reduce((s, c) => s + c.usdMinor, 0n));
          expect(months.at(-1)!.month).toBe('2026-02');
        },
      ),
    );
  });

  it('gives basis points rounded half to even and null for an empty base', () => {
    expect(basisPoints(1n, 3n)).toBe(3333);
    expect(basisPoints(1n, 0n)).toBeNull();
    expect(basisPoints(1n, 20000n)).toBe(0); // 0.5 bp rounds to even
  });

  it('reports median, min and max days and ignores unfinished stages', () => {
    const s = leadTimeStat('x', [
      { from: '2025-08-01T00:00:00Z', to: '2025-08-11T00:00:00Z' },
      { from: '2025-08-01T00:00:00Z', to: '2025-08-31T00:00:00Z' },
      { from: '2025-08-01T00:00:00Z', to: null },
    ]);
    expect(s).toEqual({ stage: 'x', count: 2, medianDays: 20, minDays: 10, maxDays: 30 });
  });
});
