/**
 * Proves the allocation rules: only counting pledges fund, only open packages are funded, in the
 * pledge's currency, never past the pledge's amount nor (unless allowed) the package's price, within
 * the earmark; non-USD money is valued at the dated rate or through EUR, with the rates recorded; the
 * allocation that reaches the price funds the package and its lines, and a release that falls below
 * it sends them back. Property tests drive random allocate/release sequences over random pledges and
 * packages and check the invariants after every step (fast-check prints the seed of any failure).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aLine, aPackage, aPledge, eur, RATES, refusal, usd } from '../../test/support/package-fixtures.ts';
import { allocate, earmarkAllows, release, type Allocation } from './allocation.ts';
import { DomainError } from './errors.ts';
import type { Earmark, NewEvent, PackageState, PledgeState } from './events.ts';
import { money, type Currency, type Money } from './money.ts';
import { fundedUsd, type Package } from './package.ts';
import type { Pledge } from './pledge.ts';

const ctx = { allocationId: 'alloc-1', date: '2025-09-01', rates: RATES };

describe('allocate', () => {
  it('allocates USD money at face value, with no rate', () => {
    const events = allocate(aPledge(), aPackage(), usd(2_000n), ctx);
    expect(events).toEqual([
      {
        type: 'FundsAllocated',
        stream: 'allocation:alloc-1',
        payload: { allocationId: 'alloc-1', pledgeId: 'pledge-1', packageId: 'pkg-1', amount: { minor: '200000', currency: 'USD' }, usdValue: { minor: '200000', currency: 'USD' }, fx: [] },
      },
    ]);
  });

  it('values EUR at the dated rate and records it', () => {
    const events = allocate(aPledge({ amount: eur(100_000n) }), aPackage(), eur(1_000n), ctx);
    expect(events[0]!.payload).toMatchObject({ usdValue: { minor: '120000', currency: 'USD' }, fx: [{ date: '2025-07-01', base: 'EUR', quote: 'USD', rate: '1.2' }] });
  });

  it('values NOK through EUR and records both rates', () => {
    const events = allocate(aPledge({ amount: money(1_000_000_00n, 'NOK') }), aPackage(), money(12_000_00n, 'NOK'), ctx);
    expect(events[0]!.payload).toMatchObject({
      usdValue: { minor: '120000', currency: 'USD' },
      fx: [
        { base: 'EUR', quote: 'NOK', rate: '12' },
        { base: 'EUR', quote: 'USD', rate: '1.2' },
      ],
    });
  });

  it('refuses a currency with no route to USD, saying so', () => {
    const err = refusal(() => allocate(aPledge({ amount: money(1_000_00n, 'PLN') }), aPackage(), money(100n, 'PLN'), ctx));
    expect(err.code).toBe('conflict');
    expect(err.message).toMatch(/no exchange rate from PLN to USD/);
  });

  it('refuses a USD value beyond the bound on amounts (an absurd rate), rather than overflow', () => {
    const absurd = [{ date: '2025-07-01', base: 'EUR' as const, quote: 'USD' as const, rate: '100000', source: 'typo' }];
    const err = refusal(() => allocate(aPledge({ amount: eur(10n ** 12n) }), aPackage({ allowOverFunding: true }), eur(10n ** 12n), { ...ctx, rates: absurd }));
    expect(err.code).toBe('conflict');
    expect(err.detail.usdValueMinor).toBe((10n ** 19n).toString());
  });

  it('funds the package and its lines when the allocation reaches the price', () => {
    const pkg = aPackage({ lines: [aLine({ lineId: 'a' }), aLine({ lineId: 'b' })] }); // USD 20,000
    const events = allocate(aPledge(), pkg, usd(20_000n), ctx);
    expect(events.map((e) => e.type)).toEqual(['FundsAllocated', 'PackageStateChanged', 'RequirementStatusChanged', 'RequirementStatusChanged']);
    expect(events[1]!.payload).toMatchObject({ from: 'funding', to: 'funded' });
    expect(events[2]!.payload).toEqual({ lineId: 'a', from: 'packaged', to: 'funded', packageId: 'pkg-1' });
  });

  it('refuses money in another currency than the pledge, naming the field', () => {
    const err = refusal(() => allocate(aPledge(), aPackage(), eur(1n), ctx));
    expect(err.code).toBe('validation');
    expect(err.issues[0]?.field).toBe('amount.currency');
  });

  it.each(['announced', 'pledged', 'withdrawn', 'lapsed', 'cancelled'] as const)('refuses a %s pledge, with its state', (state) => {
    const err = refusal(() => allocate(aPledge({ state }), aPackage(), usd(1n), ctx));
    expect(err.code).toBe('invalid_transition');
    expect(err.detail.currentState).toBe(state);
  });

  it('allocates from a paid pledge, but never from a duplicate', () => {
    expect(allocate(aPledge({ state: 'paid' }), aPackage(), usd(1n), ctx)).toHaveLength(1);
    expect(refusal(() => allocate(aPledge({ duplicateOf: 'pledge-0' }), aPackage(), usd(1n), ctx)).code).toBe('conflict');
  });

  it.each(['draft', 'contracted', 'delivering', 'delivered', 'closed', 'cancelled'] as const)('refuses a %s package', (state) => {
    expect(refusal(() => allocate(aPledge(), aPackage({ state }), usd(1n), ctx)).detail.currentState).toBe(state);
  });

  it('takes money into a prioritised package, and into a funded one only when over-funding is allowed', () => {
    expect(allocate(aPledge(), aPackage({ state: 'prioritised' }), usd(1n), ctx)).toHaveLength(1);
    expect(refusal(() => allocate(aPledge(), aPackage({ state: 'funded' }), usd(1n), ctx)).detail.currentState).toBe('funded');
    expect(allocate(aPledge(), aPackage({ state: 'funded', allowOverFunding: true }), usd(1n), ctx)).toHaveLength(1);
  });

  it('never allocates past the pledge amount', () => {
    const err = refusal(() => allocate(aPledge({ amount: usd(10_000n), allocated: usd(9_000n).minor }), aPackage(), usd(1_001n), ctx));
    expect(err.code).toBe('conflict');
    expect(err.detail.availableMinor).toBe('100000');
    expect(allocate(aPledge({ amount: usd(10_000n), allocated: usd(9_000n).minor }), aPackage(), usd(1_000n), ctx)).toHaveLength(1);
  });

  it('never funds past the price unless the package allows it', () => {
    const err = refusal(() => allocate(aPledge(), aPackage(), usd(10_001n), ctx));
    expect(err.code).toBe('conflict');
    expect(err.detail.gapMinor).toBe('1000000');
    expect(allocate(aPledge(), aPackage({ allowOverFunding: true }), usd(10_001n), ctx).map((e) => e.type)).toContain('PackageStateChanged');
  });

  it('respects earmarks', () => {
    const pkg = aPackage({ lines: [aLine({ lineId: 'a', capabilityArea: 'Air defence' }), aLine({ lineId: 'b', capabilityArea: 'artillery' })] });
    const onlyAir = aPackage({ lines: [aLine({ capabilityArea: 'Air Defence ' })] });
    expect(earmarkAllows({ kind: 'none' }, pkg)).toBe(true);
    expect(earmarkAllows({ kind: 'package', packageId: 'pkg-1' }, pkg)).toBe(true);
    expect(earmarkAllows({ kind: 'package', packageId: 'pkg-2' }, pkg)).toBe(false);
    expect(earmarkAllows({ kind: 'capability', capabilityArea: 'air defence' }, pkg)).toBe(false);
    expect(earmarkAllows({ kind: 'capability', capabilityArea: 'air defence' }, onlyAir)).toBe(true);
    expect(earmarkAllows({ kind: 'capability', capabilityArea: 'Air-Defence' }, aPackage({ lines: [aLine({ capabilityArea: 'air_defence' })] }))).toBe(true);
    expect(earmarkAllows({ kind: 'capability', capabilityArea: 'air' }, onlyAir)).toBe(false);
    const err = refusal(() => allocate(aPledge({ earmark: { kind: 'package', packageId: 'pkg-2' } }), pkg, usd(1n), ctx));
    expect(err.code).toBe('conflict');
    expect(err.message).toMatch(/earmarked for package 'pkg-2'/);
  });
});

describe('release', () => {
  const live: Allocation = { allocationId: 'alloc-1', pledgeId: 'pledge-1', packageId: 'pkg-1', amount: usd(10_000n), usdValue: usd(10_000n), released: false };
  const funded = aPackage({ state: 'funded', allocations: [{ allocationId: 'alloc-1', pledgeId: 'pledge-1', amount: usd(10_000n), usdValue: usd(10_000n) }] });

  it('sends a funded package below its price back to funding, and its lines to packaged', () => {
    const events = release(live, funded, 'the pledge moves to another package');
    expect(events.map((e) => e.type)).toEqual(['AllocationReleased', 'PackageStateChanged', 'RequirementStatusChanged']);
    expect(events[1]!.payload).toMatchObject({ from: 'funded', to: 'funding' });
    expect(events[2]!.payload).toMatchObject({ from: 'funded', to: 'packaged' });
  });

  it('leaves a package that stays funded (over-funded) as it is', () => {
    const over = aPackage({ ...funded, allowOverFunding: true, allocations: [...funded.allocations, { allocationId: 'alloc-2', pledgeId: 'p', amount: usd(1n), usdValue: usd(1n) }] });
    expect(release({ ...live, allocationId: 'alloc-2', usdValue: usd(1n) }, over, 'surplus').map((e) => e.type)).toEqual(['AllocationReleased']);
  });

  it('refuses a released allocation and a contracted package', () => {
    expect(refusal(() => release({ ...live, released: true }, funded, 'again')).code).toBe('conflict');
    expect(refusal(() => release(live, { ...funded, state: 'contracted' }, 'late')).detail.currentState).toBe('contracted');
  });
});

// ---- property tests ---------------------------------------------------------------------------

interface Model {
  pledges: Pledge[];
  packages: Package[];
  allocations: Allocation[];
}

/** Folds decided events into the model, as the projections do into tables. */
function apply(m: Model, events: NewEvent[]): void {
  for (const e of events) {
    if (e.type === 'FundsAllocated') {
      const p = e.payload;
      const a: Allocation = {
        allocationId: p.allocationId,
        pledgeId: p.pledgeId,
        packageId: p.packageId,
        amount: { minor: BigInt(p.amount.minor), currency: p.amount.currency },
        usdValue: { minor: BigInt(p.usdValue.minor), currency: 'USD' },
        released: false,
      };
      m.allocations.push(a);
    } else if (e.type === 'AllocationReleased') {
      m.allocations.find((a) => a.allocationId === e.payload.allocationId)!.released = true;
    } else if (e.type === 'PackageStateChanged') {
      m.packages.find((p) => p.packageId === e.payload.packageId)!.state = e.payload.to;
    }
  }
  for (const p of m.pledges) p.allocated = m.allocations.filter((a) => !a.released && a.pledgeId === p.pledgeId).reduce((s, a) => s + a.amount.minor, 0n);
  for (const k of m.packages) {
    k.allocations = m.allocations
      .filter((a) => !a.released && a.packageId === k.packageId)
      .map((a) => ({ allocationId: a.allocationId, pledgeId: a.pledgeId, amount: a.amount, usdValue: a.usdValue }));
  }
}

const AREAS = ['air defence', 'artillery', 'armour'];

// Weighted toward what can be allocated, while keeping every kind of refusal in play.
const pledgeArb = (i: number) =>
  fc.record({
    currency: fc.constantFrom<Currency>('USD', 'USD', 'EUR', 'EUR', 'NOK', 'PLN'), // PLN has no rate: always refused
    amountMajor: fc.bigInt({ min: 1n, max: 50_000n }),
    state: fc.constantFrom<PledgeState>('committed', 'committed', 'committed', 'paid', 'announced', 'withdrawn'),
    duplicate: fc.integer({ min: 0, max: 9 }).map((n) => n === 0 && i > 0),
    earmark: fc.oneof(
      { weight: 4, arbitrary: fc.constant<Earmark>({ kind: 'none' }) },
      { weight: 1, arbitrary: fc.nat(3).map((k): Earmark => ({ kind: 'package', packageId: `pkg-${k}` })) },
      { weight: 1, arbitrary: fc.constantFrom(...AREAS).map((a): Earmark => ({ kind: 'capability', capabilityArea: a })) },
    ),
  });

const packageArb = fc.record({
  state: fc.constantFrom<PackageState>('draft', 'prioritised', 'funding', 'funding', 'funding', 'contracted'),
  allowOverFunding: fc.boolean(),
  lines: fc.array(fc.record({ area: fc.constantFrom(AREAS[0]!, AREAS[0]!, ...AREAS), quantity: fc.bigInt({ min: 1n, max: 20n }), unitMajor: fc.bigInt({ min: 1n, max: 2_000n }) }), {
    minLength: 1,
    maxLength: 3,
  }),
});

const opArb = fc.oneof(
  fc.record({ kind: fc.constant('allocate' as const), pledge: fc.nat(5), pkg: fc.nat(3), fraction: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ kind: fc.constant('release' as const), index: fc.nat(30) }),
);

const worldArb = fc.record({
  pledges: fc.tuple(pledgeArb(0), pledgeArb(1), pledgeArb(2), pledgeArb(3), pledgeArb(4), pledgeArb(5)),
  packages: fc.tuple(packageArb, packageArb, packageArb, packageArb),
  ops: fc.array(opArb, { maxLength: 40 }),
});

type World = typeof worldArb extends fc.Arbitrary<infer T> ? T : never;

function buildModel(w: World): Model {
  const pledges = w.pledges.map(
    (p, i): Pledge => ({
      ...aPledge({ pledgeId: `pledge-${i}`, amount: money(p.amountMajor * 100n, p.currency), state: p.state, earmark: p.earmark }),
      duplicateOf: p.duplicate ? 'pledge-0' : null,
    }),
  );
  const packages = w.packages.map((k, i) =>
    aPackage({
      packageId: `pkg-${i}`,
      state: k.state,
      allowOverFunding: k.allowOverFunding,
      lines: k.lines.map((l, j) => aLine({ lineId: `line-${i}-${j}`, capabilityArea: l.area, quantity: l.quantity, unitPrice: usd(l.unitMajor) })),
    }),
  );
  return { pledges, packages, allocations: [] };
}

function checkInvariants(m: Model): void {
  for (const p of m.pledges) {
    const live = m.allocations.filter((a) => !a.released && a.pledgeId === p.pledgeId);
    const total = live.reduce((s, a) => s + a.amount.minor, 0n);
    if (live.length > 0) {
      expect(p.amount).not.toBeNull();
      expect(total).toBeLessThanOrEqual(p.amount!.minor);
      expect(p.duplicateOf).toBeNull();
    }
    for (const a of live) {
      const pkg = m.packages.find((k) => k.packageId === a.packageId)!;
      expect(earmarkAllows(p.earmark, pkg)).toBe(true);
      expect(a.amount.currency).toBe(p.amount!.currency);
    }
  }
  for (const k of m.packages) {
    const total = fundedUsd(k);
    if (!k.allowOverFunding) expect(total.minor).toBeLessThanOrEqual(k.price.minor);
    if (k.state === 'funded') expect(total.minor).toBeGreaterThanOrEqual(k.price.minor);
    if (k.state === 'prioritised' || k.state === 'funding') expect(total.minor).toBeLessThan(k.price.minor);
  }
}

describe('allocation invariants under random allocate/release sequences', () => {
  it('never allocates past a pledge, never over-funds a package that forbids it, always respects earmarks', () => {
    // Counted so the test proves it exercised accepted decisions, not only refusals.
    const seen = { allocated: 0, released: 0, funded: 0, refused: 0 };
    fc.assert(
      fc.property(worldArb, (w) => {
        const m = buildModel(w);
        let n = 0;
        for (const op of w.ops) {
          try {
            if (op.kind === 'allocate') {
              const pledge = m.pledges[op.pledge]!;
              const pkg = m.packages[op.pkg]!;
              const cur = pledge.amount!.currency;
              // Amounts from 1% to 60% of the pledge, so some fit and some do not.
              const amount: Money = money((pledge.amount!.minor * BigInt(op.fraction)) / 100n || 1n, cur);
              const events = allocate(pledge, pkg, amount, { ...ctx, allocationId: `alloc-${n++}` });
              apply(m, events);
              seen.allocated++;
              if (events.some((e) => e.type === 'PackageStateChanged')) seen.funded++;
            } else {
              const live = m.allocations[op.index % Math.max(1, m.allocations.length)];
              if (!live) continue;
              const pkg = m.packages.find((k) => k.packageId === live.packageId)!;
              apply(m, release(live, pkg, 'property test'));
              seen.released++;
            }
          } catch (err) {
            if (!(err instanceof DomainError)) throw err;
            seen.refused++;
          }
          checkInvariants(m);
        }
      }),
      { numRuns: 300 },
    );
    expect(seen.allocated).toBeGreaterThan(50);
    expect(seen.released).toBeGreaterThan(20);
    expect(seen.funded).toBeGreaterThan(3);
    expect(seen.refused).toBeGreaterThan(100);
  });

  it('accepts every allocation that fits: a counting pledge, an open package, the earmark, the remaining amounts', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10_000n }), fc.bigInt({ min: 1n, max: 10_000n }), (pledgeMajor, priceMajor) => {
        const pkg = aPackage({ lines: [aLine({ quantity: 1n, unitPrice: usd(priceMajor) })] });
        const take = pledgeMajor < priceMajor ? pledgeMajor : priceMajor;
        const events = allocate(aPledge({ amount: usd(pledgeMajor) }), pkg, usd(take), ctx);
        expect(events[0]!.type).toBe('FundsAllocated');
        expect(events.some((e) => e.type === 'PackageStateChanged')).toBe(take === priceMajor);
      }),
    );
  });
});
