/**
 * The public view, for anyone without signing in, from GET /public/overview: the public record's
 * figures exactly (its pledges with their sources, their totals), and the coalition's other money,
 * coverage and gap only as ranges (src/domain/disclosure.ts). It shows nothing else: no package
 * contents, line items, case references or deliveries (BRIEF section 4).
 */
import { api, unwrap } from '../api/client.ts';
import { useQuery } from '../api/use-query.ts';
import { ContributorsChart } from '../components/figures/ContributorsChart.tsx';
import { MonthlyChart } from '../components/figures/MonthlyChart.tsx';
import { useGroupName } from '../components/orgs.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { Sources } from '../components/Sources.tsx';
import { Badge, Loaded } from '../components/States.tsx';
import { Table } from '../components/Table.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { sumMinor, type Money } from '../lib/money.ts';
import { PledgeAmount } from './Pledges.tsx';

interface Range {
  low: Money;
  high: Money;
}

/** "USD 1.2bn–1.3bn" as the locale writes money, for a sum the public may know only roughly. */
function useRange() {
  const i = useI18n();
  return (r: Range) => i.t('public.range', { low: i.money(r.low), high: i.money(r.high) });
}

export default function PublicView() {
  const range = useRange();
  const i = useI18n();
  const { t, tMaybe } = i;
  const groupName = useGroupName();
  const q = useQuery(async () => unwrap(await api.GET('/public/overview')), []);
  return (
    <>
      <PageTitle title={t('public.title')} />
      <p className="lead">{t('public.intro')}</p>
      <Loaded q={q}>
        {(o) => {
          // The same figure as the overview's running total (each commitment at its own date's rate).
          const committed = o.monthly.at(-1)?.cumulative.minor ?? '0';
          const paid = sumMinor(o.contributors.map((c) => c.paid.minor));
          const packages = o.packagesByState.filter((s) => s.state !== 'cancelled').reduce((n, s) => n + s.count, 0);
          return (
            <div data-testid="public-view">
              <p className="muted asof">{t('overview.asOf', { when: i.dateTime(o.asOf) })}</p>
              <section className="kpis" aria-label={t('overview.headline')}>
                <div className="kpi">
                  <p className="kpi-label">{t('public.committed')}</p>
                  <p className="kpi-value">{i.money({ minor: committed, currency: 'USD' })}</p>
                  <p className="kpi-note">{t('public.plusUndisclosed', { range: range(o.undisclosed.committed) })}</p>
                </div>
                <div className="kpi">
                  <p className="kpi-label">{t('public.paid')}</p>
                  <p className="kpi-value">{i.money({ minor: paid, currency: 'USD' })}</p>
                  <p className="kpi-note">{t('public.plusUndisclosed', { range: range(o.undisclosed.paid) })}</p>
                </div>
                <div className="kpi">
                  <p className="kpi-label">{t('overview.kpiGap')}</p>
                  <p className="kpi-value">{range(o.gap.totalGap)}</p>
                </div>
                <div className="kpi">
                  <p className="kpi-label">{t('public.packages')}</p>
                  <p className="kpi-value">{i.number(packages)}</p>
                  <p className="kpi-note">{o.packagesByState.map((s) => `${tMaybe('pkgState', s.state)}: ${s.count}`).join(' · ')}</p>
                </div>
              </section>
              <section className="panel">
                <MonthlyChart rows={o.monthly} />
              </section>
              <section className="panel" aria-labelledby="public-coverage">
                <h2 id="public-coverage">{t('public.coverage')}</h2>
                <p className="muted">{t('public.coverageIntro')}</p>
                <Table
                  caption={t('public.coverage')}
                  captionHidden
                  rows={o.coverage.filter((b) => b.lines > 0)}
                  rowKey={(b) => b.band}
                  columns={[
                    { header: t('public.band'), cell: (b) => b.band },
                    { header: t('public.lines'), cell: (b) => i.number(b.lines), num: true },
                    { header: t('public.need'), cell: (b) => range(b.need), num: true },
                    { header: t('public.funded'), cell: (b) => range(b.funded), num: true },
                    { header: t('public.share'), cell: (b) => (b.percent ? t('public.percentRange', { low: b.percent.low, high: b.percent.high }) : '–'), num: true },
                  ]}
                />
              </section>
              <section className="panel">
                <ContributorsChart rows={o.contributors} />
              </section>
              <section className="panel" aria-labelledby="public-pledges">
                <h2 id="public-pledges">{t('public.pledges')}</h2>
                <p className="muted">{t('public.pledgesIntro')}</p>
                <Table
                  caption={t('public.pledges')}
                  captionHidden
                  rows={o.pledges}
                  rowKey={(p) => p.pledgeId}
                  columns={[
                    { header: t('pledges.contributors'), cell: (p) => groupName(p.contributors) },
                    { header: t('pledges.amount'), cell: (p) => <PledgeAmount p={p} />, num: true },
                    { header: t('pledges.announcedOn'), cell: (p) => i.date(p.announcedOn.value) },
                    { header: t('pledges.state'), cell: (p) => <Badge kind="pledgeState" value={p.state} /> },
                    { header: t('pledges.counts'), cell: (p) => (p.duplicateOf ? t('pledges.duplicateOf', { id: p.duplicateOf }) : p.counts ? t('common.yes') : t('common.no')) },
                    { header: t('pledges.sources'), cell: (p) => <Sources sources={p.sources} /> },
                  ]}
                />
              </section>
              <p className="muted small">{t('public.classification')}</p>
              <p className="muted small">{t('public.monthlyUndisclosed', { range: range(o.monthly.at(-1)?.cumulativeUndisclosed ?? o.undisclosed.committed) })}</p>
            </div>
          );
        }}
      </Loaded>
    </>
  );
}
