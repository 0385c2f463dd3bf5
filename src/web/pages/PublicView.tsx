/**
 * The public view, for anyone without signing in: aggregate figures and the pledges of the public
 * record with their sources, from GET /public/overview. It shows nothing else: no package
 * contents, line items, case references or deliveries (BRIEF section 4).
 */
import { api, unwrap } from '../api/client.ts';
import { useQuery } from '../api/use-query.ts';
import { ContributorsChart } from '../components/figures/ContributorsChart.tsx';
import { CoverageChart } from '../components/figures/CoverageChart.tsx';
import { MonthlyChart } from '../components/figures/MonthlyChart.tsx';
import { useGroupName } from '../components/orgs.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { Sources } from '../components/Sources.tsx';
import { Badge, Loaded } from '../components/States.tsx';
import { Table } from '../components/Table.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { sumMinor } from '../lib/money.ts';
import { PledgeAmount } from './Pledges.tsx';

export default function PublicView() {
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
                </div>
                <div className="kpi">
                  <p className="kpi-label">{t('public.paid')}</p>
                  <p className="kpi-value">{i.money({ minor: paid, currency: 'USD' })}</p>
                </div>
                <div className="kpi">
                  <p className="kpi-label">{t('overview.kpiGap')}</p>
                  <p className="kpi-value">{i.money(o.gap.totalGap)}</p>
                </div>
                <div className="kpi">
                  <p className="kpi-label">{t('public.packages')}</p>
                  <p className="kpi-value">{i.number(packages)}</p>
                  <p className="kpi-note">{o.packagesByState.map((s) => `${tMaybe('pkgState', s.state)}: ${s.count}`).join(' · ')}</p>
                </div>
              </section>
              <div className="grid-2">
                <section className="panel">
                  <MonthlyChart rows={o.monthly} />
                </section>
                <section className="panel">
                  <CoverageChart rows={o.coverage} />
                </section>
              </div>
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
            </div>
          );
        }}
      </Loaded>
    </>
  );
}
