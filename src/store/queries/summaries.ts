/**
 * Loads the facts the summaries need from the projections, and computes them (src/domain/summaries.ts),
 * for one caller. The aggregate rule: a figure the caller may not read contributes nothing to any
 * total the caller sees (a hidden pledge is left out with its allocations; a withheld amount counts
 * as an amount not known, and its payments are left out), and the summary says how many it left out.
 * So no total shown to a caller depends on a figure withheld from it, and no difference of totals
 * can recover one (test/classification.aggregates.test.ts changes the withheld figures and checks
 * that nothing the caller sees changes).
 */
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
import type { Clearance } from './clearance.ts';

export async function loadRates(q: Queryable): Promise<FxRate[]> {
  const rows = await q.query<{ date: string | Date; base: Currency; quote: Currency; rate: string; source: string }>(
    "SELECT to_char(date, 'YYYY-MM-DD') AS date, base, quote, rate, source FROM fx_rates ORDER BY date, seq",
  );
  return rows.map((r) => ({ date: String(r.date), base: r.base, quote: r.quote, rate: r.rate, source: r.source }));
}

async function loadPledgeFacts(q: Queryable, c: Clearance, withheld: Withheld): Promise<(PledgeFacts & { committedAt: string | null })[]> {
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
  const facts = [];
  for (const r of rows) {
    if (!c.canSee('pledge', r.pledge_id)) {
      withheld.pledges += 1;
      continue;
    }
    const readable = c.canRead('pledge', r.pledge_id, 'amount');
    if (!readable) withheld.amounts += 1;
    facts.push({ ...r, readable });
  }
  return facts.map((r) => ({
    pledgeId: r.pledge_id,
    contributors: r.contributors,
    amount: r.readable && r.amount_minor !== null && r.currency ? { minor: r.amount_minor, currency: r.currency } : null,
    paidMinor: r.readable ? r.paid_minor : 0n,
    state: r.state,
    duplicateOf: r.duplicate_of,
    announcedOn: { value: r.announced_on, precision: r.announced_precision },
    committedAt: r.committed_at ? new Date(r.committed_at).toISOString() : null,
  }));
}

/** The list's lines; their prices are coalition figures, so the public counts the lines but no money. */
async function loadLines(q: Queryable, c: Clearance): Promise<LineFacts[]> {
  const rows = await q.query<{ line_id: string; rank: number | null; status: string; need: bigint; package_id: string | null }>(
    `SELECT line_id, rank, status, package_id, quantity * coalesce(unit_price_minor, est_unit_price_minor) AS need FROM requirements`,
  );
  const priced = c.viewer.kind !== 'public';
  return rows.map((r) => ({ lineId: r.line_id, rank: r.rank, status: r.status, needUsd: priced ? BigInt(r.need) : 0n, packageId: r.package_id }));
}

/**
 * Packages the caller may see, with their state and the USD value of their live allocations that the
 * caller may count: not from a pledge hidden from it; for the public, only allocations whose pledge
 * amount and package are both public (an allocation says which package a pledge's money went to).
 */
async function loadPackageFunding(q: Queryable, c: Clearance): Promise<(PackageFunding & { state: string })[]> {
  const [packages, allocations] = await Promise.all([
    q.query<{ package_id: string; state: string; price_minor: bigint }>('SELECT package_id, state, price_minor FROM packages ORDER BY package_id'),
    q.query<{ package_id: string; pledge_id: string; usd_minor: bigint }>('SELECT package_id, pledge_id, usd_minor FROM allocations WHERE NOT released'),
  ]);
  const countable = (a: { package_id: string; pledge_id: string }) =>
    c.canSee('pledge', a.pledge_id) && (c.viewer.kind !== 'public' || (c.canRead('pledge', a.pledge_id, 'amount') && c.canSee('package', a.package_id)));
  const funded = new Map<string, bigint>();
  for (const a of allocations) if (countable(a)) funded.set(a.package_id, (funded.get(a.package_id) ?? 0n) + a.usd_minor);
  return packages
    .filter((p) => c.canSee('package', p.package_id))
    .map((p) => ({ packageId: p.package_id, state: p.state, priceUsd: p.price_minor, allocatedUsd: funded.get(p.package_id) ?? 0n }));
}

/** What a summary left out for its caller. */
export interface Withheld {
  /** Pledges the caller may not see at all. */
  pledges: number;
  /** Pledges whose amount the caller may not read (counted, without money). */
  amounts: number;
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
  withheld: Withheld;
}

const RAISING = ['prioritised', 'funding'];
const LIVE = ['draft', 'prioritised', 'funding', 'funded', 'contracted', 'delivering', 'delivered', 'closed'];

export async function computeSummary(q: Queryable, c: Clearance, now = new Date()): Promise<Summary> {
  const withheld: Withheld = { pledges: 0, amounts: 0 };
  const [rates, pledges, lines, packages] = await Promise.all([loadRates(q), loadPledgeFacts(q, c, withheld), loadLines(q, c), loadPackageFunding(q, c)]);
  const live = packages.filter((p) => LIVE.includes(p.state));
  const raising = packages.filter((p) => RAISING.includes(p.state));
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
  const pkgTimes = (
    await q.query<{ package_id: string; created_at: Date; funded_at: Date | null; contracted_at: Date | null; delivered_at: Date | null }>(
      "SELECT package_id, created_at, funded_at, contracted_at, delivered_at FROM packages WHERE state <> 'cancelled'",
    )
  ).filter((t) => c.canSee('package', t.package_id));
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
    withheld,
  };
}
