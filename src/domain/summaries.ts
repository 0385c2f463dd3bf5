/**
 * The headline figures of the record, as pure functions of plain facts: totals by contributor,
 * progress toward the monthly target, coverage of the list by priority band, the funding gap and
 * lead times. Money stays exact (bigint minor units); shares are basis points (1/100 of a percent),
 * computed with integer arithmetic and rounded half to even.
 *
 * Counting rules, stated once:
 * - a pledge is counted once, under its sole contributor or, for a joint pledge, under the group of
 *   its contributors; stated shares are listed beside the group but never added again;
 * - a pledge marked as a duplicate, or withdrawn, lapsed or cancelled, counts nowhere;
 * - "committed" means committed or paid (the money that counts toward coverage); "paid" is money
 *   recorded as paid;
 * - a conversion to USD or EUR uses the dated FX table at the pledge's date (the last day a fuzzy
 *   date can mean), names the rates used, and a pledge with no usable rate is reported, not guessed.
 */
import { latestDay, type FuzzyDate } from './dates.ts';
import type { PledgeState } from './events.ts';
import { convertVia, type FxRate } from './fx.ts';
import { divRoundHalfEven, type Currency, type Money } from './money.ts';
import { ACTIVE_STATES, COUNTING_STATES } from './pledge.ts';

export const MONTHLY_TARGET_USD_MINOR = 1_000_000_000_00n; // USD 1 billion a month (BRIEF section 1)

/** a / b in basis points, rounded half to even; null when b is zero. */
export const basisPoints = (a: bigint, b: bigint): number | null => (b === 0n ? null : Number(divRoundHalfEven(a * 10_000n, b)));

// ---- totals by contributor -------------------------------------------------------------------

export interface PledgeFacts {
  pledgeId: string;
  contributors: string[];
  amount: Money | null;
  paidMinor: bigint;
  state: PledgeState;
  duplicateOf: string | null;
  announcedOn: FuzzyDate;
}

export interface ContributorTotal {
  /** The contributor's org id, or the joint group ("dk+no+se"). */
  key: string;
  contributors: string[];
  pledges: number;
  /** Announced, committed and paid, each by original currency. */
  byCurrency: Record<string, { announced: bigint; committed: bigint; paid: bigint }>;
  usd: { announced: bigint; committed: bigint; paid: bigint };
  eur: { announced: bigint; committed: bigint; paid: bigint };
  /** Pledges whose amount is unknown (not stated or classified). */
  withoutAmount: string[];
  /** Pledges that could not be converted for lack of a rate. */
  unconverted: string[];
}

const zero3 = () => ({ announced: 0n, committed: 0n, paid: 0n });

export const countsAnywhere = (p: Pick<PledgeFacts, 'state' | 'duplicateOf'>): boolean =>
  ACTIVE_STATES.includes(p.state) && p.duplicateOf === null;

export function contributorTotals(pledges: readonly PledgeFacts[], rates: readonly FxRate[]): ContributorTotal[] {
  const rows = new Map<string, ContributorTotal>();
  for (const p of pledges) {
    if (!countsAnywhere(p)) continue;
    const members = [...p.contributors].sort();
    const key = members.join('+');
    let row = rows.get(key);
    if (!row) {
      row = { key, contributors: members, pledges: 0, byCurrency: {}, usd: zero3(), eur: zero3(), withoutAmount: [], unconverted: [] };
      rows.set(key, row);
    }
    row.pledges += 1;
    if (p.amount === null) {
      row.withoutAmount.push(p.pledgeId);
      continue;
    }
    const committed = COUNTING_STATES.includes(p.state) ? p.amount.minor : 0n;
    const own = (row.byCurrency[p.amount.currency] ??= zero3());
    own.announced += p.amount.minor;
    own.committed += committed;
    own.paid += p.paidMinor;
    const date = latestDay(p.announcedOn);
    for (const [target, bucket] of [
      ['USD', row.usd],
      ['EUR', row.eur],
    ] as const) {
      const conv = (minor: bigint) => convertVia(rates, { minor, currency: p.amount!.currency }, target as Currency, date);
      const a = conv(p.amount.minor);
      if (!a) {
        if (!row.unconverted.includes(p.pledgeId)) row.unconverted.push(p.pledgeId);
        continue;
      }
      bucket.announced += a.money.minor;
      bucket.committed += committed === 0n ? 0n : a.money.minor;
      bucket.paid += p.paidMinor === 0n ? 0n : conv(p.paidMinor)!.money.minor;
    }
  }
  return [...rows.values()].sort((a, b) => (b.usd.announced > a.usd.announced ? 1 : b.usd.announced < a.usd.announced ? -1 : a.key.localeCompare(b.key)));
}

// ---- progress toward the monthly target ------------------------------------------------------

export interface MonthProgress {
  month: string; // YYYY-MM
  committedUsd: bigint;
  targetUsd: bigint;
  /** This month's committed money as a share of the target, in basis points. */
  targetBp: number;
  cumulativeUsd: bigint;
  cumulativeTargetUsd: bigint;
  cumulativeBp: number;
}

const nextMonth = (m: string): string => {
  const [y, mo] = m.split('-').map(Number) as [number, number];
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
};

/** Committed USD per month (by the month the money was committed), from the first month to `through`. */
export function monthlyProgress(
  commitments: readonly { month: string; usdMinor: bigint }[],
  through: string,
  target = MONTHLY_TARGET_USD_MINOR,
): MonthProgress[] {
  if (commitments.length === 0) return [];
  const byMonth = new Map<string, bigint>();
  for (const c of commitments) byMonth.set(c.month, (byMonth.get(c.month) ?? 0n) + c.usdMinor);
  const first = [...byMonth.keys()].sort()[0]!;
  const out: MonthProgress[] = [];
  let cum = 0n;
  let cumTarget = 0n;
  for (let m = first; m <= through; m = nextMonth(m)) {
    const committedUsd = byMonth.get(m) ?? 0n;
    cum += committedUsd;
    cumTarget += target;
    out.push({
      month: m,
      committedUsd,
      targetUsd: target,
      targetBp: basisPoints(committedUsd, target)!,
      cumulativeUsd: cum,
      cumulativeTargetUsd: cumTarget,
      cumulativeBp: basisPoints(cum, cumTarget)!,
    });
  }
  return out;
}

// ---- coverage by priority band -----------------------------------------------------------------

export interface LineFacts {
  lineId: string;
  rank: number | null;
  status: string;
  /** Quantity x (supplier unit price, else the estimate), USD minor units. */
  needUsd: bigint;
  packageId: string | null;
}

export interface PackageFunding {
  packageId: string;
  priceUsd: bigint;
  allocatedUsd: bigint;
}

export interface BandCoverage {
  band: string;
  from: number;
  to: number | null;
  lines: number;
  needUsd: bigint;
  fundedUsd: bigint;
  coverageBp: number | null;
}

export const DEFAULT_BANDS: readonly [number, number | null][] = [
  [1, 5],
  [6, 10],
  [11, 20],
  [21, null],
];

/**
 * A line's funded value: whole when its status says funded or delivered; when it sits in a package
 * still raising money, its pro-rata part of that package's allocations (capped at the price).
 */
export function lineFundedUsd(line: LineFacts, packages: ReadonlyMap<string, PackageFunding>): bigint {
  if (line.status === 'funded' || line.status === 'delivered') return line.needUsd;
  if (line.status !== 'packaged' || !line.packageId) return 0n;
  const pkg = packages.get(line.packageId);
  if (!pkg || pkg.priceUsd === 0n) return 0n;
  const covered = pkg.allocatedUsd < pkg.priceUsd ? pkg.allocatedUsd : pkg.priceUsd;
  return divRoundHalfEven(line.needUsd * covered, pkg.priceUsd);
}

export function coverageByBand(
  lines: readonly LineFacts[],
  packages: ReadonlyMap<string, PackageFunding>,
  bands: readonly [number, number | null][] = DEFAULT_BANDS,
): BandCoverage[] {
  return bands.map(([from, to]) => {
    const inBand = lines.filter((l) => l.rank !== null && l.rank >= from && (to === null || l.rank <= to));
    const needUsd = inBand.reduce((s, l) => s + l.needUsd, 0n);
    const fundedUsd = inBand.reduce((s, l) => s + lineFundedUsd(l, packages), 0n);
    return { band: to === null ? `${from}+` : `${from}-${to}`, from, to, lines: inBand.length, needUsd, fundedUsd, coverageBp: basisPoints(fundedUsd, needUsd) };
  });
}

// ---- funding gap -------------------------------------------------------------------------------

export interface FundingGap {
  /** Packages raising money: price less what is allocated, never below zero. */
  packages: { packageId: string; priceUsd: bigint; allocatedUsd: bigint; gapUsd: bigint }[];
  packagedGapUsd: bigint;
  /** Ranked lines not yet in a package, at supplier price or estimate. */
  unpackagedNeedUsd: bigint;
  totalGapUsd: bigint;
}

export function fundingGap(raising: readonly PackageFunding[], lines: readonly LineFacts[]): FundingGap {
  const packages = raising.map((p) => {
    const gap = p.priceUsd - p.allocatedUsd;
    return { ...p, gapUsd: gap > 0n ? gap : 0n };
  });
  const packagedGapUsd = packages.reduce((s, p) => s + p.gapUsd, 0n);
  const unpackagedNeedUsd = lines
    .filter((l) => l.rank !== null && l.packageId === null && ['proposed', 'validated', 'priced'].includes(l.status))
    .reduce((s, l) => s + l.needUsd, 0n);
  return { packages, packagedGapUsd, unpackagedNeedUsd, totalGapUsd: packagedGapUsd + unpackagedNeedUsd };
}

// ---- lead times --------------------------------------------------------------------------------

export interface LeadTimeStat {
  stage: string;
  count: number;
  medianDays: number | null;
  minDays: number | null;
  maxDays: number | null;
}

const DAY_MS = 86_400_000;

export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

export function leadTimeStat(stage: string, pairs: readonly { from: string | null; to: string | null }[]): LeadTimeStat {
  const days = pairs.filter((p) => p.from && p.to).map((p) => daysBetween(p.from!, p.to!)).sort((a, b) => a - b);
  if (days.length === 0) return { stage, count: 0, medianDays: null, minDays: null, maxDays: null };
  const mid = Math.floor(days.length / 2);
  const median = days.length % 2 ? days[mid]! : Math.round((days[mid - 1]! + days[mid]!) / 2);
  return { stage, count: days.length, medianDays: median, minDays: days[0]!, maxDays: days[days.length - 1]! };
}
