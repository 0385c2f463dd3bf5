/**
 * The public transparency view: only what may be shown to anyone without signing in. Aggregates
 * (monthly progress, totals by contributor, coverage by priority band, the overall gap, packages
 * counted by state) and the pledges of the public record with their sources. Never package
 * contents, line items, case references, shipments, notes or per-package figures: those may be
 * confidential (BRIEF section 4). Issue 4 will make classification rigorous; until then this
 * allow-list is the whole of what the public sees.
 */
import type { Source } from '../../domain/events.ts';
import type { MoneyJson } from '../../domain/money.ts';
import type { Queryable } from '../db.ts';
import { listPledgeViews } from './pledge-views.ts';
import { computeSummary } from './summaries.ts';

export interface PublicPledge {
  pledgeId: string;
  contributors: string[];
  /** As announced; null when the amount was not stated or was classified. */
  amount: MoneyJson | null;
  qualifier: string;
  announcedOn: { value: string; precision: string };
  state: string;
  counts: boolean;
  duplicateOf: string | null;
  sources: Pick<Source, 'url' | 'publisher' | 'date' | 'tier'>[];
}

const usd = (minor: bigint): MoneyJson => ({ minor: minor.toString(), currency: 'USD' });

export async function publicOverview(q: Queryable) {
  const s = await computeSummary(q);
  const { items } = await listPledgeViews(q, { limit: 10_000, offset: 0, includeDuplicates: true });
  const pkgStates = await q.query<{ state: string; n: bigint }>('SELECT state, count(*)::bigint AS n FROM packages GROUP BY state ORDER BY state');
  // A pledge is public record when it carries at least one published source.
  const pledges: PublicPledge[] = items
    .filter((p) => p.sources.length > 0)
    .map((p) => ({
      pledgeId: p.pledgeId,
      contributors: p.contributors.map((c) => c.orgId),
      amount: p.amount,
      qualifier: p.qualifier,
      announcedOn: p.announcedOn,
      state: p.state,
      counts: p.counts,
      duplicateOf: p.duplicateOf,
      sources: p.sources.map((src) => ({
        url: src.url,
        ...(src.publisher ? { publisher: src.publisher } : {}),
        ...(src.date ? { date: src.date } : {}),
        ...(src.tier ? { tier: src.tier } : {}),
      })),
    }));
  return {
    asOf: s.asOf,
    monthly: s.monthly.map((m) => ({ month: m.month, committed: usd(m.committedUsd), target: usd(m.targetUsd), cumulative: usd(m.cumulativeUsd), cumulativeTarget: usd(m.cumulativeTargetUsd) })),
    contributors: s.contributors.map((c) => ({
      key: c.key,
      contributors: c.contributors,
      pledges: c.pledges,
      announced: usd(c.usd.announced),
      committed: usd(c.usd.committed),
      paid: usd(c.usd.paid),
    })),
    coverage: s.coverage.map((b) => ({ band: b.band, lines: b.lines, need: usd(b.needUsd), funded: usd(b.fundedUsd), coverageBp: b.coverageBp })),
    gap: { totalGap: usd(s.gap.totalGapUsd) },
    packagesByState: pkgStates.map((r) => ({ state: r.state, count: Number(r.n) })),
    pledges,
  };
}
