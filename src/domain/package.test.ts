/**
 * Proves the package rules: a package is formed only from whole priced lines that no live package
 * holds, at the sum of quantity x supplier price; each move is allowed only from its states; the
 * lines' statuses follow the package; cancelling releases every live allocation and returns the lines
 * to priced; and nothing that has shipped can be cancelled.
 */
import { describe, expect, it } from 'vitest';
import { aLine, aPackage, refusal, usd } from '../../test/support/package-fixtures.ts';
import type { PackageState } from './events.ts';
import { cancel, close, contract, formPackage, lineStatusFor, openFunding, prioritise, type CandidateLine } from './package.ts';

const candidate = (lineId: string, over: Partial<CandidateLine> = {}): CandidateLine => ({
  lineId,
  status: 'priced',
  quantity: 4n,
  unitPrice: usd(250n),
  livePackageId: null,
  ...over,
});

const newPackage = { packageId: 'pkg-new', name: 'Air defence, September', allowOverFunding: false, illustrative: true };
const found = (...lines: CandidateLine[]) => new Map(lines.map((l) => [l.lineId, l]));

describe('formPackage', () => {
  it('prices the package as the sum of quantity x unit price and moves every line to packaged', () => {
    const events = formPackage({ ...newPackage, lineIds: ['a', 'b'] }, found(candidate('a'), candidate('b', { quantity: 3n, unitPrice: usd(1_000n) })));
    expect(events[0]).toMatchObject({
      type: 'PackageCreated',
      stream: 'package:pkg-new',
      payload: { price: { minor: '400000', currency: 'USD' }, lines: [{ lineId: 'a', quantity: '4' }, { lineId: 'b', quantity: '3' }] },
    });
    expect(events.slice(1).map((e) => e.payload)).toEqual([
      { lineId: 'a', from: 'priced', to: 'packaged', packageId: 'pkg-new' },
      { lineId: 'b', from: 'priced', to: 'packaged', packageId: 'pkg-new' },
    ]);
  });

  it('refuses a line listed twice, naming the field', () => {
    const err = refusal(() => formPackage({ ...newPackage, lineIds: ['a', 'a'] }, found(candidate('a'))));
    expect(err.code).toBe('validation');
    expect(err.issues[0]?.field).toBe('lines.1');
  });

  it('refuses an unknown line', () => {
    expect(refusal(() => formPackage({ ...newPackage, lineIds: ['a', 'x'] }, found(candidate('a')))).code).toBe('not_found');
  });

  it.each(['proposed', 'validated', 'packaged', 'funded', 'delivered', 'rejected', 'withdrawn'] as const)('refuses a %s line', (status) => {
    const err = refusal(() => formPackage({ ...newPackage, lineIds: ['a'] }, found(candidate('a', { status }))));
    expect(err.code).toBe('invalid_transition');
    expect(err.detail.currentState).toBe(status);
  });

  it('refuses a line another live package holds', () => {
    const err = refusal(() => formPackage({ ...newPackage, lineIds: ['a'] }, found(candidate('a', { livePackageId: 'pkg-old' }))));
    expect(err.code).toBe('conflict');
    expect(err.detail.packageId).toBe('pkg-old');
  });

  it('refuses a line without a USD supplier price', () => {
    expect(refusal(() => formPackage({ ...newPackage, lineIds: ['a'] }, found(candidate('a', { unitPrice: null })))).code).toBe('conflict');
  });
});

describe('package moves', () => {
  const ALL: PackageState[] = ['draft', 'prioritised', 'funding', 'funded', 'contracted', 'delivering', 'delivered', 'closed', 'cancelled'];
  const allowedFrom = (move: (s: PackageState) => unknown) =>
    ALL.filter((s) => {
      try {
        move(s);
        return true;
      } catch {
        return false;
      }
    });

  it('allows each move only from its states', () => {
    expect(allowedFrom((state) => prioritise(aPackage({ state })))).toEqual(['draft']);
    expect(allowedFrom((state) => openFunding(aPackage({ state })))).toEqual(['prioritised']);
    expect(allowedFrom((state) => contract(aPackage({ state }), 'LOA-1'))).toEqual(['funded']);
    expect(allowedFrom((state) => close(aPackage({ state })))).toEqual(['delivered']);
    expect(allowedFrom((state) => cancel(aPackage({ state }), 'no longer needed'))).toEqual(['draft', 'prioritised', 'funding', 'funded', 'contracted']);
  });

  it('answers a refused move with the current state', () => {
    const err = refusal(() => contract(aPackage({ state: 'funding' }), 'LOA-1'));
    expect(err.code).toBe('invalid_transition');
    expect(err.detail.currentState).toBe('funding');
  });

  it('records the case reference when contracting, and the lines stay funded', () => {
    const events = contract(aPackage({ state: 'funded' }), 'LOA-UA-25-001');
    expect(events.map((e) => e.type)).toEqual(['PackageContracted', 'PackageStateChanged']);
    expect(events[0]!.payload).toEqual({ packageId: 'pkg-1', caseReference: 'LOA-UA-25-001' });
  });

  it('keeps the lines packaged through prioritising and opening funding', () => {
    expect(prioritise(aPackage({ state: 'draft' })).map((e) => e.type)).toEqual(['PackageStateChanged']);
    expect(openFunding(aPackage({ state: 'prioritised' })).map((e) => e.type)).toEqual(['PackageStateChanged']);
  });

  it('maps every package state to the status its lines have', () => {
    expect(ALL.map(lineStatusFor)).toEqual(['packaged', 'packaged', 'packaged', 'funded', 'funded', 'funded', 'delivered', 'delivered', 'priced']);
  });
});

describe('cancel', () => {
  const allocations = [
    { allocationId: 'alloc-1', pledgeId: 'p1', amount: usd(4_000n), usdValue: usd(4_000n) },
    { allocationId: 'alloc-2', pledgeId: 'p2', amount: usd(6_000n), usdValue: usd(6_000n) },
  ];

  it('releases every live allocation and returns funded lines to priced', () => {
    const pkg = aPackage({ state: 'funded', lines: [aLine({ lineId: 'a' }), aLine({ lineId: 'b' })], allocations });
    const events = cancel(pkg, 'requirement changed');
    expect(events[0]).toMatchObject({ type: 'PackageStateChanged', payload: { from: 'funded', to: 'cancelled', reason: 'requirement changed' } });
    expect(events.filter((e) => e.type === 'RequirementStatusChanged').map((e) => e.payload)).toEqual([
      { lineId: 'a', from: 'funded', to: 'priced', packageId: 'pkg-1' },
      { lineId: 'b', from: 'funded', to: 'priced', packageId: 'pkg-1' },
    ]);
    expect(events.filter((e) => e.type === 'AllocationReleased').map((e) => (e.payload as { allocationId: string }).allocationId)).toEqual(['alloc-1', 'alloc-2']);
  });

  it('returns packaged lines to priced when cancelled before funding', () => {
    const events = cancel(aPackage({ state: 'draft' }), 'formed in error');
    expect(events[1]!.payload).toMatchObject({ from: 'packaged', to: 'priced' });
  });

  it('refuses once anything has shipped', () => {
    expect(refusal(() => cancel(aPackage({ state: 'delivering' }), 'too late')).detail.currentState).toBe('delivering');
    expect(refusal(() => cancel(aPackage({ state: 'contracted', lines: [aLine({ shipped: 1n })] }), 'too late')).code).toBe('conflict');
  });
});

describe('line statuses', () => {
  it('refuses a move that would take a line through a status it may not skip', () => {
    // A line that is (wrongly) still priced inside a funding package cannot jump to funded.
    const pkg = { ...aPackage({ state: 'funding' }), lines: [aLine({ status: 'priced' })] };
    const err = refusal(() => contract({ ...pkg, state: 'funded' }, 'LOA-1'));
    expect(err.code).toBe('invalid_transition');
    expect(err.detail).toMatchObject({ kind: 'requirement', currentState: 'priced' });
  });
});

describe('price bound', () => {
  it('refuses a package whose price would not fit the bound on amounts', () => {
    const huge = candidate('a', { quantity: 10n ** 14n, unitPrice: usd(1_000n) });
    const err = refusal(() => formPackage({ ...newPackage, lineIds: ['a'] }, found(huge)));
    expect(err.code).toBe('conflict');
    expect(err.detail.priceMinor).toBe((10n ** 19n).toString());
  });
});
