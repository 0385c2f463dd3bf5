/** Loads the facts the summaries need from the projections, and computes them (src/domain/summaries.ts). */
import type { FuzzyDate } from '../../domain/dates.ts';
import type { PledgeState } from '../../domain/events.ts';
import { convertVia, type FxRate } from '../../domain/fx.ts';
import type { Currency } from '../../domain/money.ts';
import { COUNTING_STATES } from '../../domain/pledge.ts';
import {
  contributorTotals,
  coverageByBand,
  fundingGap,
  leadTimeStat,
  monthlyProgress,
  type BandCoverage,
  type ContributorTotal,
  type FundingGap,
  type LeadTimeStat,
  type LineFacts,
  type MonthProgress,
  type PackageFunding,
  type PledgeFacts,
} from '../../domain/summaries.ts';
import type { Queryable } from '../db.ts';

export async function loadRates(q: Queryable): Promise<FxRate[]> {
  const rows = await q.query<{ date: string | Date; base: Currency; quote: Currency; rate: string; source: string }>(
    "SELECT to_char(date, 'YYYY-MM-DD') AS date, base, quote, rate, source FROM fx_rates ORDER BY date, seq",
  );
  return rows.map((r) => ({ date: String(r.date), base: r.base, quote: r.quote, rate: r.rate, source: r.source }));
}

async function loadPledgeFacts(q: Queryable): Promise<(PledgeFacts & { committedAt: string | null })[]> {
  const rows = await q.query<{
    pledge_id: string;
    amount_minor: bigint | null;
    currency: Currency | null;
    paid_minor: bigint;
    state: PledgeState;
    duplicate_of: string | null;
    announced_on: string;
    announced_precision: FuzzyDate['precision'];
    committed_at: Date | string | null;
    contributors: string[];
  }>(
    `SELECT p.pledge_id, p.amount_minor, p.currency, p.paid_minor, p.state, p.duplicate_of, p.announced_on, p.announced_precision, p.committed_at,
        (SELECT coalesce(jsonb_agg(c.org_id ORDER BY c.position), '[]'::jsonb) FROM pledge_contributors c WHERE c.pledge_id = p.pledge_id) AS contributors
       FROM pledges p ORDER BY p.pledge_id`,
  );
  return rows.map((r) => ({
    pledgeId: r.pledge_id,
    contributors: r.contributors,
    amount: r.amount_minor !== null && r.currency ? { minor: r.amount_minor, currency: r.currency } : null,
    paidMinor: r.paid_minor,
    state: r.state,
    duplicateOf: r.duplicate_of,
    announcedOn: { value: r.announced_on, precision: r.announced_precision },
    committedAt: r.committed_at ? new Date(r.committed_at).toISOString() : null,
  }));
}

async function loadLines(q: Queryable): Promise<LineFacts[]> {
  const rows = await q.query<{ line_id: string; rank: number | null; status: string; need: bigint; package_id: string | null }>(
    `SELECT line_id, rank, status, package_id, quantity * coalesce(unit_price_minor, est_unit_price_minor) AS need FROM requirements`,
  );
  return rows.map((r) => ({ lineId: r.line_id, rank: r.rank, status: r.status, needUsd: BigInt(r.need), packageId: r.package_id }));
}

async function loadPackageFunding(q: Queryable, states: readonly string[]): Promise<PackageFunding[]> {
  const rows = await q.query<{ package_id: string; price_minor: bigint; allocated: bigint | null }>(
    `SELECT p.package_id, p.price_minor,
        (SELECT sum(a.usd_minor)::bigint FROM allocations a WHERE a.package_id = p.package_id AND NOT a.released) AS allocated
       FROM packages p WHERE p.state = ANY($1::text[]) ORDER BY p.package_id`,
    [states],
  );
  return rows.map((r) => ({ packageId: r.package_id, priceUsd: r.price_minor, allocatedUsd: r.allocated ?? 0n }));
}

export interface Summary {
  asOf: string;
  contributors: ContributorTotal[];
  monthly: MonthProgress[];
  coverage: BandCoverage[];
  gap: FundingGap;
  leadTimes: LeadTimeStat[];
  /** Committed pledges whose USD value could not be computed for lack of a rate. */
  unconverted: string[];
}

const RAISING = ['prioritised', 'funding'];
const LIVE = ['draft', 'prioritised', 'funding', 'funded', 'contracted', 'delivering', 'delivered', 'closed'];

export async function computeSummary(q: Queryable, now = new Date()): Promise<Summary> {
  const [rates, pledges, lines, live, raising] = await Promise.all([
    loadRates(q),
    loadPledgeFacts(q),
    loadLines(q),
    loadPackageFunding(q, LIVE),
    loadPackageFunding(q, RAISING),
  ]);
  const unconverted: string[] = [];
  const commitments: { month: string; usdMinor: bigint }[] = [];
  for (const p of pledges) {
    if (!COUNTING_STATES.includes(p.state) || p.duplicateOf !== null || !p.amount || !p.committedAt) continue;
    const usd = convertVia(rates, p.amount, 'USD', p.committedAt.slice(0, 10));
    if (!usd) unconverted.push(p.pledgeId);
    else commitments.push({ month: p.committedAt.slice(0, 7), usdMinor: usd.money.minor });
  }
  const lastCommit = commitments.map((c) => c.month).sort().at(-1);
  const thisMonth = now.toISOString().slice(0, 7);
  const through = lastCommit && lastCommit > thisMonth ? lastCommit : thisMonth;

  const times = await q.query<{ validated_at: Date | null; funded_at: Date | null; delivered_at: Date | null }>(
    'SELECT validated_at, funded_at, delivered_at FROM requirements',
  );
  const pkgTimes = await q.query<{ created_at: Date; funded_at: Date | null; contracted_at: Date | null; delivered_at: Date | null }>(
    "SELECT created_at, funded_at, contracted_at, delivered_at FROM packages WHERE state <> 'cancelled'",
  );
  const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);
  return {
    asOf: now.toISOString(),
    contributors: contributorTotals(pledges, rates),
    monthly: monthlyProgress(commitments, through),
    coverage: coverageByBand(lines, new Map(live.map((p) => [p.packageId, p]))),
    gap: fundingGap(raising, lines),
    leadTimes: [
      leadTimeStat('line: validated -> funded', times.map((t) => ({ from: iso(t.validated_at), to: iso(t.funded_at) }))),
      leadTimeStat('line: funded -> delivered', times.map((t) => ({ from: iso(t.funded_at), to: iso(t.delivered_at) }))),
      leadTimeStat('package: created -> funded', pkgTimes.map((t) => ({ from: iso(t.created_at), to: iso(t.funded_at) }))),
      leadTimeStat('package: funded -> contracted', pkgTimes.map((t) => ({ from: iso(t.funded_at), to: iso(t.contracted_at) }))),
      leadTimeStat('package: funded -> delivered', pkgTimes.map((t) => ({ from: iso(t.funded_at), to: iso(t.delivered_at) }))),
    ],
    unconverted,
  };
}
