/**
 * Generated planning problems of a realistic shape, from a seed: a ranked list whose lines cost
 * USD 1-300 million each (unit prices from USD 50 thousand to 20 million), two thirds of them
 * fundable in part; about 60% of the lines in packages raising money (of USD 300-700 million, some
 * holding one capability area, some mixed, a fifth already partly funded), 8% in drafts and the rest
 * in no package yet; pledges in eight currencies, 55% unearmarked, 30% for a capability area (air
 * defence most often) and 15% for one package, together worth about 30% of the need.
 */
import type { Earmark } from '../src/domain/events.ts';
import type { FxRate } from '../src/domain/fx.ts';
import type { Currency } from '../src/domain/money.ts';
import { fingerprint } from '../src/planner/fingerprint.ts';
import type { Snapshot, SnapshotLine, SnapshotPackage, SnapshotPledge } from '../src/planner/snapshot.ts';
import { rng } from '../src/planner/rng.ts';

const AREAS: [string, number][] = [
  ['air_defence', 30],
  ['long_range_fires', 10],
  ['artillery', 20],
  ['armour', 5],
  ['aviation', 8],
  ['drones', 7],
  ['counter_drone', 6],
  ['ew', 4],
  ['engineering', 3],
  ['logistics', 4],
  ['other', 3],
];
const CURRENCIES: [Currency, number][] = [
  ['USD', 40],
  ['EUR', 35],
  ['GBP', 8],
  ['NOK', 5],
  ['SEK', 4],
  ['DKK', 3],
  ['PLN', 3],
  ['CAD', 2],
];
export const BENCH_RATES: FxRate[] = [
  ['USD', '1.1565'],
  ['GBP', '0.8512'],
  ['NOK', '11.7025'],
  ['SEK', '10.9875'],
  ['DKK', '7.4613'],
  ['PLN', '4.2475'],
  ['CAD', '1.6125'],
].map(([quote, rate]) => ({ date: '2025-09-01', base: 'EUR', quote: quote as Currency, rate: rate!, source: 'bench' }));

function pick<T>(r: () => number, table: [T, number][]): T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let x = r() * total;
  for (const [v, w] of table) if ((x -= w) < 0) return v;
  return table[table.length - 1]![0];
}

const logUniform = (r: () => number, lo: number, hi: number) => Math.exp(Math.log(lo) + r() * (Math.log(hi) - Math.log(lo)));

export function generateSnapshot(nLines: number, nPledges: number, seed = 1): Snapshot {
  const r = rng(seed * 7919 + nLines * 31 + nPledges);
  const lines: SnapshotLine[] = [];
  for (let rank = 1; rank <= nLines; rank++) {
    const unit = Math.round(logUniform(r, 5e4, 2e7)) * 100;
    const total = logUniform(r, 1e8, 3e10);
    const quantity = Math.max(1, Math.min(5000, Math.round(total / unit)));
    const month = Math.min(18, Math.floor((rank / nLines) * 12 + r() * 8));
    lines.push({
      lineId: `l${rank}`,
      rank,
      item: `Generated line ${rank}`,
      capabilityArea: pick(r, AREAS),
      neededBy: `${2026 + Math.floor((month + 11) / 12) - 1}-${String(((month + 11) % 12) + 1).padStart(2, '0')}`,
      status: 'priced',
      quantity: BigInt(quantity),
      unitPriceMinor: BigInt(unit),
      partialAllowed: r() < 0.65,
      packageId: null,
    });
  }
  // Packages fill as the list is walked: per area (single-area packages) or mixed.
  const packages: SnapshotPackage[] = [];
  const building = new Map<string, SnapshotPackage>();
  const close = (key: string) => {
    const p = building.get(key);
    if (!p) return;
    building.delete(key);
    if (p.state === 'funding' && r() < 0.2) p.fundedMinor = BigInt(Math.floor(Number(p.priceMinor) * r() * 0.6));
    packages.push(p);
  };
  for (const l of lines) {
    const x = r();
    if (x >= 0.68) continue;
    const state = x < 0.6 ? 'funding' : 'draft';
    const key = `${state}:${r() < 0.4 ? l.capabilityArea : 'mixed'}`;
    let p = building.get(key);
    if (!p) {
      p = { packageId: `pk${packages.length + building.size + 1}`, name: `Generated package`, state, priceMinor: 0n, fundedMinor: 0n, allowOverFunding: false, lineIds: [] };
      building.set(key, p);
    }
    l.packageId = p.packageId;
    l.status = 'packaged';
    p.lineIds.push(l.lineId);
    p.priceMinor += l.quantity * l.unitPriceMinor;
    if (p.priceMinor > BigInt(Math.round(logUniform(r, 3e10, 7e10)))) close(key);
  }
  for (const key of [...building.keys()]) close(key);
  const open = packages.filter((p) => p.state === 'funding');

  const need = lines.reduce((s, l) => s + Number(l.quantity * l.unitPriceMinor), 0);
  const weights = Array.from({ length: nPledges }, () => logUniform(r, 1, 40));
  const scale = (need * 0.3) / weights.reduce((s, w) => s + w, 0);
  const eurPer: Record<string, number> = Object.fromEntries(BENCH_RATES.map((x) => [x.quote, Number(x.rate)]));
  const pledges: SnapshotPledge[] = weights.map((w, i) => {
    const currency = pick(r, CURRENCIES);
    const usd = w * scale;
    const amount = currency === 'EUR' ? usd / eurPer.USD! : currency === 'USD' ? usd : (usd / eurPer.USD!) * eurPer[currency]!;
    const kind = r();
    const earmark: Earmark =
      kind < 0.55 || open.length === 0
        ? { kind: 'none' }
        : kind < 0.85
          ? { kind: 'capability', capabilityArea: r() < 0.5 ? 'air_defence' : pick(r, AREAS) }
          : { kind: 'package', packageId: open[Math.floor(r() * open.length)]!.packageId };
    return {
      pledgeId: `pl${i + 1}`,
      contributors: [`c${(i % 30) + 1}`],
      state: r() < 0.7 ? 'committed' : 'paid',
      amount: { minor: BigInt(Math.max(100, Math.round(amount))), currency },
      allocatedMinor: 0n,
      earmark,
      duplicateOf: null,
      announcedOn: `2025-${String(1 + Math.floor(r() * 11)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`,
    };
  });
  const body = { lines, packages, pledges, rates: BENCH_RATES, unplannable: [] };
  return { ...body, hash: fingerprint(body) };
}
