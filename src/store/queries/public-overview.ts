/**
 * The public transparency view: only what may be shown to anyone without signing in, under the
 * aggregate rule of src/domain/disclosure.ts. Public figures exactly: the pledges the public may
 * see, with sources and (where public) amounts, their totals by contributor and by month. Coalition
 * figures only summed over the whole coalition and as ranges: money not announced publicly, by month
 * and in all; coverage of the list by priority band; the funding gap. Restricted figures nowhere.
 * Packages counted by state. Never package contents, line items, case
 * references, shipments, notes or per-package figures (BRIEF section 4): this allow-list of fields
 * is the whole of what the public sees, whatever their level.
 */
import type { Source } from '../../domain/events.ts';
import type { MoneyJson } from '../../domain/money.ts';
import type { Queryable } from '../db.ts';
import { COALITION_VIEWER, PUBLIC_VIEWER } from '../../domain/classification.ts';
import { rangeOf, shareRange, usdRange } from '../../domain/disclosure.ts';
import { loadClassificationState } from '../repositories/classifications.ts';
import { clearanceFrom } from './clearance.ts';
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
  const state = await loadClassificationState(q);
  const today = new Date().toISOString().slice(0, 10);
  const [c, coalition] = [clearanceFrom(state, PUBLIC_VIEWER, today), clearanceFrom(state, COALITION_VIEWER, today)];
  // The public's own figures, exactly; and everything but restricted figures, which reaches the public only as ranges.
  const [pub, all] = [await computeSummary(q, c), await computeSummary(q, coalition)];
  const { items } = await listPledgeViews(q, c, { limit: 10_000, offset: 0, includeDuplicates: true });
  const pkgRows = await q.query<{ package_id: string; state: string }>('SELECT package_id, state FROM packages ORDER BY state');
  const pkgStates = new Map<string, number>();
  for (const r of pkgRows) if (coalition.canSee('package', r.package_id)) pkgStates.set(r.state, (pkgStates.get(r.state) ?? 0) + 1);
  // The pledges the public may see: by default those with a published source (src/domain/classification.ts).
  const pledges: PublicPledge[] = items.map((p) => ({
    pledgeId: p.pledgeId,
    contributors: p.contributors.map((k) => k.orgId),
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
  const pubMonth = new Map(pub.monthly.map((m) => [m.month, m]));
  const sum = (xs: readonly bigint[]) => xs.reduce((a, b) => a + b, 0n);
  const totals = (s: typeof pub) => ({
    announced: sum(s.contributors.map((k) => k.usd.announced)),
    committed: sum(s.contributors.map((k) => k.usd.committed)),
    paid: sum(s.contributors.map((k) => k.usd.paid)),
  });
  const [tp, ta] = [totals(pub), totals(all)];
  return {
    asOf: pub.asOf,
    monthly: all.monthly.map((m) => {
      const p = pubMonth.get(m.month);
      const committed = p?.committedUsd ?? 0n;
      const cumulative = p?.cumulativeUsd ?? 0n;
      return {
        month: m.month,
        committed: usd(committed),
        undisclosed: usdRange(m.committedUsd - committed),
        target: usd(m.targetUsd),
        cumulative: usd(cumulative),
        cumulativeUndisclosed: usdRange(m.cumulativeUsd - cumulative),
        cumulativeTarget: usd(m.cumulativeTargetUsd),
      };
    }),
    contributors: pub.contributors.map((k) => ({
      key: k.key,
      contributors: k.contributors,
      pledges: k.pledges,
      announced: usd(k.usd.announced),
      committed: usd(k.usd.committed),
      paid: usd(k.usd.paid),
    })),
    undisclosed: { announced: usdRange(ta.announced - tp.announced), committed: usdRange(ta.committed - tp.committed), paid: usdRange(ta.paid - tp.paid) },
    coverage: all.coverage.map((b) => ({
      band: b.band,
      lines: b.lines,
      need: usdRange(b.needUsd),
      funded: usdRange(b.fundedUsd),
      percent: shareRange(rangeOf(b.fundedUsd), rangeOf(b.needUsd)),
    })),
    gap: { totalGap: usdRange(all.gap.totalGapUsd) },
    packagesByState: [...pkgStates].map(([state, count]) => ({ state, count })),
    pledges,
  };
}
