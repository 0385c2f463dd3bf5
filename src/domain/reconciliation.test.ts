/**
 * Proves the reconciliation's rules on small hand-made records: which pledges a scope selects as of
 * the claim's date (amount history, payments, ended pledges, month-only dates), that duplicates are
 * excluded and shown, that missing amounts are never imputed, how EUR counted at par, stated
 * equivalents, qualifiers and rounding account for a difference, that reference rates win over
 * implied ones, and that a remainder without a written note leaves the claim unexplained.
 * A property test checks the arithmetic on random records: claim = ledger + components, and
 * ledger = the lines, exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FxRate } from './fx.ts';
import { divRoundHalfEven, money, type Money } from './money.ts';
import { reconcile, type Component, type ComponentKind } from './reconciliation.ts';
import { preferReferenceRates } from './reconciliation-lines.ts';
import { roundingAllowance } from './reconciliation-rules.ts';
import type { ClaimFact, ClaimScope, PledgeFact } from './reconciliation-scope.ts';

const M = 1_000_000_00n; // one million, in minor units of a two-decimal currency
const usd = (millions: bigint): Money => money(millions * M, 'USD');
const eur = (millions: bigint): Money => money(millions * M, 'EUR');

const RATES: FxRate[] = [
  { date: '2025-08-04', base: 'EUR', quote: 'USD', rate: '1.1565', source: 'ECB' },
  { date: '2025-08-24', base: 'CAD', quote: 'USD', rate: '0.7353', source: 'implied by a source' },
];

const pledge = (id: string, p: Partial<PledgeFact> = {}): PledgeFact => ({
  pledgeId: id,
  contributors: [id.slice(0, 2)],
  amount: usd(500n),
  amountChanges: [],
  missingReason: null,
  qualifier: 'exact',
  statedEquivalent: null,
  announcedOn: { value: '2025-08-04', precision: 'day' },
  packageNumberClaim: null,
  duplicateOf: null,
  endedOn: null,
  payments: [],
  ...p,
});

const claim = (amount: Money | null, c: Partial<ClaimFact> = {}): ClaimFact => ({
  claimId: 'total-x',
  date: '2025-09-01',
  amount,
  scope: 'all',
  packagesCount: null,
  contributorsCount: null,
  saidBy: 'someone',
  sources: [{ url: 'https://example.org' }],
  note: null,
  ...c,
});

const scope = (s: Partial<ClaimScope> = {}): ClaimScope => ({
  contributors: 'all',
  measure: 'pledged',
  basis: 'converted',
  qualifier: 'exact',
  comparable: true,
  why: 'test',
  ...s,
});

const part = (cs: Component[], kind: ComponentKind): bigint => cs.find((c) => c.kind === kind)?.amount.minor ?? 0n;
const total = (cs: Component[]): bigint => cs.reduce((s, c) => s + c.amount.minor, 0n);

describe('reconcile: what is in scope', () => {
  it('takes pledges announced by the date, month-only dates counting from the last day', () => {
    const pledges = [pledge('nl-1'), pledge('lt-1', { announcedOn: { value: '2025-08', precision: 'month' } }), pledge('de-1', { announcedOn: { value: '2025-09-02', precision: 'day' } })];
    expect(reconcile({ claim: claim(usd(1000n), { date: '2025-08-30' }), scope: scope(), pledges, rates: RATES }).lines.map((l) => l.pledgeId)).toEqual(['nl-1']);
    expect(reconcile({ claim: claim(usd(1000n), { date: '2025-08-31' }), scope: scope(), pledges, rates: RATES }).lines.map((l) => l.pledgeId)).toEqual(['nl-1', 'lt-1']);
  });

  it('selects contributors (only / except) and lists what it leaves out', () => {
    const pledges = [pledge('nl-1'), pledge('dk-1', { contributors: ['dk', 'no', 'se'] }), pledge('ca-1')];
    const only = reconcile({ claim: claim(usd(1000n)), scope: scope({ contributors: { only: ['no'] } }), pledges, rates: RATES });
    expect(only.lines.map((l) => l.pledgeId)).toEqual(['dk-1']);
    expect(only.outOfScope).toEqual(['nl-1', 'ca-1']);
    const except = reconcile({ claim: claim(usd(1000n)), scope: scope({ contributors: { except: ['ca'] } }), pledges, rates: RATES });
    expect(except.lines.map((l) => l.pledgeId)).toEqual(['nl-1', 'dk-1']);
  });

  it('uses the amount as it stood on the date, and leaves out pledges ended by then', () => {
    const changed = pledge('nl-1', { amount: usd(700n), amountChanges: [{ on: '2025-10-01', from: usd(500n), to: usd(700n) }] });
    const ended = pledge('de-1', { endedOn: '2025-08-20' });
    const r = reconcile({ claim: claim(usd(500n)), scope: scope(), pledges: [changed, ended], rates: RATES });
    expect(r.lines.map((l) => [l.pledgeId, l.original])).toEqual([['nl-1', usd(500n)]]);
    expect(r.difference).toEqual(usd(0n));
  });

  it('counts money paid by the date when the claim is about payments', () => {
    const p = pledge('nl-1', { payments: [{ paidOn: '2025-08-10', amount: usd(200n) }, { paidOn: '2025-09-10', amount: usd(300n) }] });
    const r = reconcile({ claim: claim(usd(200n)), scope: scope({ measure: 'paid' }), pledges: [p, pledge('de-1')], rates: RATES });
    expect(r.ledger).toEqual(usd(200n));
    expect(r.lines.map((l) => l.pledgeId)).toEqual(['nl-1']);
  });
});

describe('reconcile: the components', () => {
  it('excludes a duplicate, shows its value, and adds it only if the speaker counted it', () => {
    const pledges = [pledge('lt-1', { amount: usd(30n) }), pledge('lt-2', { amount: usd(30n), duplicateOf: 'lt-1' })];
    const r = reconcile({ claim: claim(usd(60n)), scope: scope({ note: 'speaker double counted' }), pledges, rates: RATES });
    expect(r.ledger).toEqual(usd(30n));
    const dup = r.components.find((c) => c.kind === 'duplicates')!;
    expect(dup.amount.minor).toBe(0n);
    expect(dup.items.map((i) => [i.pledgeId, i.value])).toEqual([['lt-2', usd(30n)]]);
    const counted = reconcile({ claim: claim(usd(60n)), scope: scope({ speakerCountsDuplicates: true }), pledges, rates: RATES });
    expect(part(counted.components, 'duplicates')).toBe(30n * M);
    expect(part(counted.components, 'unexplained')).toBe(0n);
  });

  it('never imputes a missing amount: it is listed, worth zero', () => {
    const r = reconcile({ claim: claim(usd(500n)), scope: scope(), pledges: [pledge('nl-1'), pledge('si-1', { amount: null, missingReason: 'classified at announcement' })], rates: RATES });
    const none = r.components.find((c) => c.kind === 'no_amount')!;
    expect(none.amount.minor).toBe(0n);
    expect(none.items[0]).toMatchObject({ pledgeId: 'si-1', value: null });
    expect(none.items[0]!.detail).toContain('classified');
  });

  it('explains EUR counted at par as the FX component, computed from the dated rate', () => {
    const r = reconcile({ claim: claim(usd(1000n), { date: '2025-08-07' }), scope: scope({ basis: 'par' }), pledges: [pledge('nl-1', { amount: eur(500n) }), pledge('dk-1')], rates: RATES });
    const converted = divRoundHalfEven(500n * M * 11565n, 10000n);
    expect(r.lines[0]!.converted.minor).toBe(converted);
    expect(r.lines[0]!.rates).toEqual([{ ...RATES[0], implied: false }]);
    expect(part(r.components, 'fx')).toBe(500n * M - converted);
    expect(part(r.components, 'unexplained')).toBe(0n);
  });

  it('uses a stated equivalent for a currency the speaker cannot count at par', () => {
    const ca = pledge('ca-1', { amount: money(680n * M, 'CAD'), statedEquivalent: usd(500n) });
    const r = reconcile({ claim: claim(usd(500n)), scope: scope({ basis: 'par' }), pledges: [ca], rates: RATES });
    expect(r.lines[0]).toMatchObject({ speaker: usd(500n), speakerBasis: 'stated equivalent' });
    expect(r.lines[0]!.rates[0]!.implied).toBe(true);
    expect(part(r.components, 'unexplained')).toBe(0n);
  });

  it.each([
    ['over', usd(1000n), usd(1100n), 'qualifier', -100n],
    ['over', usd(1100n), usd(1000n), 'unexplained', 100n],
    ['at_least', usd(2000n), usd(2080n), 'qualifier', -80n],
    ['up_to', usd(500n), usd(450n), 'qualifier', 50n],
    ['up_to', usd(500n), usd(520n), 'rounding', -20n],
    ['about', usd(500n), usd(520n), 'qualifier', -20n],
    ['exact', usd(2000n), usd(2130n), 'rounding', -130n],
    ['exact', usd(2820n), usd(2301n), 'unexplained', 519n],
  ] as const)("a claim stated as '%s' %o against a ledger of %o: %s takes %i million", (qualifier, figure, ledger, kind, millions) => {
    const r = reconcile({ claim: claim(figure), scope: scope({ qualifier }), pledges: [pledge('nl-1', { amount: ledger })], rates: RATES });
    expect(part(r.components, kind)).toBe(millions * M);
    expect(r.explained).toBe(kind !== 'unexplained');
  });

  it('a remainder with a written note is explained; a projection is not comparable', () => {
    const noted = reconcile({ claim: claim(usd(2820n)), scope: scope({ note: 'not in the record' }), pledges: [pledge('nl-1', { amount: usd(2301n) })], rates: RATES });
    expect(noted.explained).toBe(true);
    expect(noted.components.at(-1)).toMatchObject({ kind: 'unexplained', text: 'not in the record' });
    const projection = reconcile({ claim: claim(usd(3500n)), scope: scope({ comparable: false, note: 'projection' }), pledges: [pledge('nl-1')], rates: RATES });
    expect(projection.components.at(-1)).toMatchObject({ kind: 'not_comparable', amount: usd(3000n) });
    expect(projection.components.map((c) => c.kind)).not.toContain('rounding');
  });

  it('checks stated counts, which need a note when they differ', () => {
    const pledges = [pledge('nl-1', { packageNumberClaim: '1' }), pledge('dk-1', { contributors: ['dk', 'no'], packageNumberClaim: '2' })];
    const same = reconcile({ claim: claim(null, { contributorsCount: 3, packagesCount: 2 }), scope: scope(), pledges, rates: RATES });
    expect(same.counts.contributors).toMatchObject({ claimed: 3, ledger: 3, counted: ['dk', 'nl', 'no'], explained: true });
    expect(same.counts.packages).toMatchObject({ ledger: 2, counted: ['1', '2'] });
    expect(same.difference).toBeNull();
    expect(same.explained).toBe(true);
    const off = reconcile({ claim: claim(null, { contributorsCount: 4 }), scope: scope(), pledges, rates: RATES });
    expect(off.explained).toBe(false);
    expect(reconcile({ claim: claim(null, { contributorsCount: 4 }), scope: scope({ countNote: 'one unnamed' }), pledges, rates: RATES }).explained).toBe(true);
  });

  it('shows a possible overlap as a caveat, never subtracting it', () => {
    const pledges = [pledge('lv-1', { amount: eur(2n) }), pledge('lv-2', { amount: eur(5n) })];
    const r = reconcile({ claim: claim(eur(7n)), scope: scope(), pledges, rates: RATES, overlaps: [{ pledgeId: 'lv-1', mayBeWithin: 'lv-2', reason: 'maybe' }] });
    expect(r.ledger).toEqual(eur(7n));
    expect(r.caveats).toEqual([{ pledgeId: 'lv-1', mayBeWithin: 'lv-2', reason: 'maybe', atStake: eur(2n) }]);
  });
});

describe('rates and rounding', () => {
  it('prefers reference rates, keeping implied ones only for pairs with nothing else', () => {
    const implied = { date: '2025-09-30', base: 'EUR', quote: 'USD', rate: '1.156', source: 'implied by https://x' } as const;
    expect(preferReferenceRates([...RATES, implied])).toEqual(RATES);
  });

  it.each([
    [usd(2000n), 500n * M],
    [usd(2820n), 5n * M],
    [usd(1500n), 50n * M],
    [money(7n, 'USD'), 0n],
  ])('a figure of %o may round by %i minor units', (figure, allowance) => {
    expect(roundingAllowance(figure)).toBe(allowance);
  });
});

describe('reconcile: the arithmetic is exact (property)', () => {
  const currency = fc.constantFrom('USD' as const, 'EUR' as const, 'CAD' as const);
  const pledgeArb = fc.record({
    id: fc.integer({ min: 0, max: 5 }),
    minor: fc.option(fc.bigInt({ min: 1n, max: 10n ** 12n }), { nil: null }),
    cur: currency,
    day: fc.integer({ min: 1, max: 28 }),
    dup: fc.boolean(),
    se: fc.option(fc.bigInt({ min: 1n, max: 10n ** 12n }), { nil: null }),
    q: fc.constantFrom('exact' as const, 'about' as const, 'up_to' as const, 'at_least' as const),
  });
  const rates: FxRate[] = [...RATES, { date: '2025-08-10', base: 'EUR', quote: 'USD', rate: '1.1690', source: 'ECB' }];

  it('claim = ledger + the components, and ledger = the sum of the lines', () => {
    fc.assert(
      fc.property(
        fc.array(pledgeArb, { maxLength: 8 }),
        fc.option(fc.bigInt({ min: 1n, max: 10n ** 13n }), { nil: null }),
        currency,
        fc.constantFrom('par' as const, 'stated' as const, 'converted' as const),
        fc.constantFrom('exact' as const, 'over' as const, 'at_least' as const, 'about' as const, 'up_to' as const),
        fc.boolean(),
        (ps, figure, cur, basis, qualifier, comparable) => {
          const pledges = ps.map((p, i) =>
            pledge(`p${i}`, {
              contributors: [`c${p.id}`],
              amount: p.minor === null ? null : money(p.minor, p.cur),
              announcedOn: { value: `2025-08-${String(p.day).padStart(2, '0')}`, precision: 'day' },
              duplicateOf: p.dup && i > 0 ? 'p0' : null,
              statedEquivalent: p.se === null ? null : money(p.se, 'USD'),
              qualifier: p.q,
            }),
          );
          const c = claim(figure === null ? null : money(figure, cur), { date: '2025-08-20' });
          const r = reconcile({ claim: c, scope: scope({ basis, qualifier, comparable }), pledges, rates });
          expect(r.ledger.minor).toBe(r.lines.reduce((s, l) => s + l.converted.minor, 0n));
          for (const l of r.lines) expect(l.converted.currency).toBe(r.currency);
          expect(r.lines.every((l) => pledges.find((p) => p.pledgeId === l.pledgeId)!.duplicateOf === null)).toBe(true);
          if (c.amount !== null) {
            expect(r.difference!.minor).toBe(c.amount.minor - r.ledger.minor);
            expect(c.amount.minor).toBe(r.ledger.minor + total(r.components));
          } else {
            expect(r.difference).toBeNull();
          }
        },
      ),
      { seed: 20250807, numRuns: 300 },
    );
  });
});
