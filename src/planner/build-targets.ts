/**
 * Targets from the snapshot: packages that are drafts or raising money, and priced lines in no
 * package. A package must be funded whole when any of its lines must be (partialAllowed false):
 * its minimum is then its whole gap. Otherwise its lines are funded in whole units. Money already
 * allocated to a partly fundable package is counted against its lines in rank order, whole units
 * first; what is left over (less than one unit) is a credit toward the next unit.
 */
import type { PlanTarget, TargetLine } from './instance.ts';
import type { Snapshot, SnapshotLine } from './snapshot.ts';

export interface TargetOptions {
  unpackagedLines: boolean;
  draftPackages: boolean;
}

const RAISING = ['prioritised', 'funding'];

const toLine = (l: SnapshotLine): TargetLine => ({
  lineId: l.lineId,
  rank: l.rank,
  item: l.item,
  area: l.capabilityArea,
  neededBy: l.neededBy,
  unit: Number(l.unitPriceMinor),
  quantity: Number(l.quantity),
  covered: 0,
  units: Number(l.quantity),
  partial: l.partialAllowed,
});

/** Counts current funding against the lines in rank order; returns the credit left over. */
function cover(lines: TargetLine[], funded: number): number {
  let rest = funded;
  for (const l of lines) {
    let k = Math.min(l.quantity, Math.floor(rest / l.unit));
    while (k > 0 && k * l.unit > rest) k--; // guard the float division
    l.covered = k;
    l.units = l.quantity - k;
    rest -= k * l.unit;
    if (k < l.quantity) break;
  }
  return rest;
}

export function buildTargets(s: Snapshot, o: TargetOptions): { targets: PlanTarget[]; notes: string[] } {
  const byId = new Map(s.lines.map((l) => [l.lineId, l]));
  const targets: PlanTarget[] = [];
  const notes: string[] = [];
  for (const p of [...s.packages].sort((a, b) => (a.packageId < b.packageId ? -1 : 1))) {
    const open = RAISING.includes(p.state);
    if (!open && p.state !== 'draft') continue;
    if (!open && !o.draftPackages) {
      notes.push(`draft package '${p.packageId}' left out (include.draftPackages is false)`);
      continue;
    }
    const found = p.lineIds.map((id) => byId.get(id));
    if (found.some((l) => l === undefined) || found.length === 0) {
      notes.push(`package '${p.packageId}' left out: some of its lines are not on the active list`);
      continue;
    }
    const lines = (found as SnapshotLine[]).map(toLine).sort((a, b) => a.rank - b.rank);
    const gap = Number(p.priceMinor - p.fundedMinor);
    if (gap <= 0) continue;
    const whole = lines.some((l) => !l.partial);
    const credit = whole ? 0 : cover(lines, Number(p.fundedMinor));
    targets.push({
      id: p.packageId,
      kind: 'package',
      name: p.name,
      state: p.state,
      open,
      whole,
      priceMinor: Number(p.priceMinor),
      fundedBefore: Number(p.fundedMinor),
      gap,
      credit,
      lines,
      cls: -1,
    });
  }
  if (o.unpackagedLines) {
    for (const l of s.lines) {
      if (l.packageId !== null) continue;
      const line = toLine(l);
      const price = line.unit * line.quantity;
      targets.push({ id: l.lineId, kind: 'line', name: l.item, state: 'priced', open: false, whole: !l.partialAllowed, priceMinor: price, fundedBefore: 0, gap: price, credit: 0, lines: [line], cls: -1 });
    }
  } else if (s.lines.some((l) => l.packageId === null)) {
    notes.push('priced lines in no package left out (include.unpackagedLines is false)');
  }
  return { targets, notes };
}
