/** Builders of planner snapshots in domain shape, for the planner's pure tests. Money in the builders is in major units. */
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Earmark } from '../../src/domain/events.ts';
import type { FxRate } from '../../src/domain/fx.ts';
import type { Currency } from '../../src/domain/money.ts';
import { buildInstance } from '../../src/planner/build-instance.ts';
import { fingerprint } from '../../src/planner/fingerprint.ts';
import type { Instance } from '../../src/planner/instance.ts';
import { priorityPass } from '../../src/planner/priority.ts';
import type { Routing } from '../../src/planner/routing.ts';
import type { Snapshot, SnapshotLine, SnapshotPackage, SnapshotPledge } from '../../src/planner/snapshot.ts';
import { routeExactly, sinksOf, type Sinks } from '../../src/planner/split-heuristic.ts';

export interface LineSpec {
  quantity?: number;
  /** USD, major units. */
  unit: number;
  area?: string;
  partial?: boolean;
  neededBy?: string;
  packageId?: string | null;
}

export function line(lineId: string, rank: number, s: LineSpec): SnapshotLine {
  return {
    lineId,
    rank,
    item: `Item ${lineId}`,
    capabilityArea: s.area ?? 'air_defence',
    neededBy: s.neededBy ?? '2026-01',
    status: s.packageId ? 'packaged' : 'priced',
    quantity: BigInt(s.quantity ?? 1),
    unitPriceMinor: BigInt(Math.round(s.unit * 100)),
    partialAllowed: s.partial ?? false,
    packageId: s.packageId ?? null,
  };
}

/** A package over lines already built with `packageId` set; its price is the sum of its lines. */
export function pkg(packageId: string, lines: readonly SnapshotLine[], o: { state?: SnapshotPackage['state']; fundedUsd?: number } = {}): SnapshotPackage {
  const mine = lines.filter((l) => l.packageId === packageId);
  return {
    packageId,
    name: `Package ${packageId}`,
    state: o.state ?? 'funding',
    priceMinor: mine.reduce((s, l) => s + l.quantity * l.unitPriceMinor, 0n),
    fundedMinor: BigInt(Math.round((o.fundedUsd ?? 0) * 100)),
    allowOverFunding: false,
    lineIds: mine.map((l) => l.lineId),
  };
}

export function pledge(
  pledgeId: string,
  amount: number,
  o: { currency?: Currency; earmark?: Earmark; state?: SnapshotPledge['state']; allocated?: number; announcedOn?: string } = {},
): SnapshotPledge {
  return {
    pledgeId,
    contributors: ['nl'],
    state: o.state ?? 'committed',
    amount: { minor: BigInt(Math.round(amount * 100)), currency: o.currency ?? 'USD' },
    allocatedMinor: BigInt(Math.round((o.allocated ?? 0) * 100)),
    earmark: o.earmark ?? { kind: 'none' },
    duplicateOf: null,
    announcedOn: o.announcedOn ?? '2025-09-01',
  };
}

export const EUR_USD: FxRate = { date: '2025-07-01', base: 'EUR', quote: 'USD', rate: '1.17', source: 'test' };

export function snapshot(p: { lines: SnapshotLine[]; packages?: SnapshotPackage[]; pledges: SnapshotPledge[]; rates?: FxRate[] }): Snapshot {
  const body = { lines: p.lines, packages: p.packages ?? [], pledges: p.pledges, rates: p.rates ?? [EUR_USD], unplannable: [] };
  return { ...body, hash: fingerprint(body) };
}

export const TODAY = '2025-11-20';

/** Sizes of a random tiny instance: at most this many lines and pledges, two packages. */
export function tinySpec(maxLines: number, maxPledges: number) {
  return fc.record({
    units: fc.array(fc.integer({ min: 5, max: 60 }), { minLength: 1, maxLength: maxLines }),
    inPackage: fc.array(fc.constantFrom('pa', 'pb', null), { minLength: maxLines, maxLength: maxLines }),
    amounts: fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: maxPledges }),
    earmarks: fc.array(fc.constantFrom('none', 'pa', 'pb'), { minLength: maxPledges, maxLength: maxPledges }),
  });
}

/** The snapshot of a random tiny instance: lines in packages pa, pb or none; pledges earmarked to a package or not. */
export function tinySnapshot(x: { units: number[]; inPackage: ('pa' | 'pb' | null)[]; amounts: number[]; earmarks: ('none' | 'pa' | 'pb')[] }): Snapshot {
  const lines = x.units.map((u, n) => line(`l${n + 1}`, n + 1, { unit: u, packageId: x.inPackage[n] ?? null }));
  const packages = (['pa', 'pb'] as const).filter((id) => lines.some((l) => l.packageId === id)).map((id) => pkg(id, lines));
  const pledges = x.amounts.map((a, n) => {
    const e = x.earmarks[n]!;
    return pledge(`p${n + 1}`, a, { earmark: e === 'none' || !packages.some((p) => p.packageId === e) ? { kind: 'none' } : { kind: 'package', packageId: e } });
  });
  return snapshot({ lines, packages, pledges });
}

/** Every sink gets exactly its demand, only from pledges that may fund it, and no pledge pays more than it has. */
export function expectCarries(inst: Instance, sinks: Sinks, routing: Routing): void {
  const demands = [...sinks.real.map((d) => d.demand), ...sinks.reserve.map((d) => d.demand)];
  demands.forEach((d, k) => {
    let into = 0;
    inst.pledges.forEach((_, i) => {
      const v = routing.get(i, k);
      if (v !== 0) expect(sinks.eligible[k]).toContain(i);
      into += v;
    });
    expect(into).toBe(d);
  });
  inst.pledges.forEach((p, i) => {
    let out = 0;
    demands.forEach((_, k) => (out += routing.get(i, k)));
    expect(out).toBeLessThanOrEqual(p.budget);
  });
}

/**
 * A hand-solved case for the searches on fewest allocations. Two packages of 100; pledges of 60, 40,
 * 70 and 30. Routed as pa <- 60 + 30 + 10 of the 70 and pb <- 40 + 60 of the 70 (the start returned
 * here), it takes five allocations; pa <- 60 + 40 and pb <- 70 + 30 take four.
 */
export function fiveAllocations() {
  const lines = [line('a', 1, { unit: 100, packageId: 'pa' }), line('b', 2, { unit: 100, packageId: 'pb' })];
  const pledges = [pledge('p60', 60), pledge('p40', 40), pledge('p70', 70), pledge('p30', 30)];
  const inst = buildInstance(snapshot({ lines, packages: [pkg('pa', lines), pkg('pb', lines)], pledges }), {}, TODAY);
  const sinks = sinksOf(inst, priorityPass(inst));
  const id = (pl: string) => inst.pledges.findIndex((p) => p.pledgeId === pl);
  const pa = sinks.real.findIndex((r) => inst.targets[r.target]!.id === 'pa');
  const allowed = sinks.eligible.map((e, k) => (k === pa ? [id('p60'), id('p30'), id('p70')] : k < sinks.real.length ? [id('p40'), id('p70')] : e));
  return { inst, sinks, start: routeExactly(inst, sinks, allowed)!, id };
}
