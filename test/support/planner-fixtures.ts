/** Builders of planner snapshots in domain shape, for the planner's pure tests. Money in the builders is in major units. */
import type { Earmark } from '../../src/domain/events.ts';
import type { FxRate } from '../../src/domain/fx.ts';
import type { Currency } from '../../src/domain/money.ts';
import { fingerprint } from '../../src/planner/fingerprint.ts';
import type { Snapshot, SnapshotLine, SnapshotPackage, SnapshotPledge } from '../../src/planner/snapshot.ts';

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
