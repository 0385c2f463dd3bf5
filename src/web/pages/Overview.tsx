/**
 * Overview: the state of PURL at a glance, from GET /summary. Headline figures, progress toward
 * USD 1bn a month, money by Ally (and as a share of GDP), coverage of the list by priority band,
 * the funding gap and lead times; every chart has its figures in a table behind it.
 */
import { useMemo } from 'react';
import { Link } from 'wouter';
import { api, unwrap } from '../api/client.ts';
import { useQuery } from '../api/use-query.ts';
import { ChartFigure, PALETTE } from '../components/Chart.tsx';
import { ContributorsChart } from '../components/figures/ContributorsChart.tsx';
import { CoverageChart } from '../components/figures/CoverageChart.tsx';
import { MonthlyChart } from '../components/figures/MonthlyChart.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { Loaded } from '../components/States.tsx';
import { Table } from '../components/Table.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import type { components } from '../api/schema';

type Summary = components['schemas']['Summary'];

function Kpi({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className="kpi">
      <p className="kpi-label">{label}</p>
      <p className="kpi-value">{value}</p>
      {note ? <p className="kpi-note">{note}</p> : null}
    </div>
  );
}

function Headline({ s }: { s: Summary }) {
  const i = useI18n();
  const { t } = i;
  const last = s.monthly.at(-1);
  const top = s.coverage[0];
  return (
    <section className="kpis" aria-label={t('overview.headline')}>
      {last ? (
        <Kpi
          label={t('overview.kpiThisMonth', { month: i.month(last.month) })}
          value={i.money(last.committed)}
          note={t('overview.kpiOfTarget', { pct: i.percentBp(last.targetBp), target: i.moneyCompact(last.target) })}
        />
      ) : null}
      {last ? (
        <Kpi
          label={t('overview.kpiCumulative')}
          value={i.money(last.cumulative)}
          note={t('overview.kpiOfTarget', { pct: i.percentBp(last.cumulativeBp), target: i.moneyCompact(last.cumulativeTarget) })}
        />
      ) : null}
      <Kpi label={t('overview.kpiGap')} value={i.money(s.gap.totalGap)} note={t('overview.kpiGapNote', { packaged: i.moneyCompact(s.gap.packagedGap), unpackaged: i.moneyCompact(s.gap.unpackagedNeed) })} />
      {top ? <Kpi label={t('overview.kpiTopBand', { band: top.band })} value={i.percentBp(top.coverageBp)} note={t('overview.kpiTopBandNote', { funded: i.moneyCompact(top.funded), need: i.moneyCompact(top.need) })} /> : null}
    </section>
  );
}

function GapTable({ s }: { s: Summary }) {
  const i = useI18n();
  const { t } = i;
  return (
    <section className="panel" aria-labelledby="gap-title">
      <h2 id="gap-title">{t('overview.gapTitle')}</h2>
      <p className="muted">{t('overview.gapIntro')}</p>
      <Table
        caption={t('overview.gapTitle')}
        captionHidden
        rows={s.gap.packages}
        rowKey={(p) => p.packageId}
        columns={[
          { header: t('packages.package'), cell: (p) => <Link href={`/packages/${p.packageId}`}>{p.packageId}</Link> },
          { header: t('packages.price'), cell: (p) => i.money(p.price), num: true },
          { header: t('packages.allocated'), cell: (p) => i.money(p.allocated), num: true },
          { header: t('packages.gap'), cell: (p) => i.money(p.gap), num: true },
        ]}
      />
      <dl className="facts">
        <dt>{t('overview.packagedGap')}</dt>
        <dd>{i.money(s.gap.packagedGap)}</dd>
        <dt>{t('overview.unpackagedNeed')}</dt>
        <dd>{i.money(s.gap.unpackagedNeed)}</dd>
        <dt>{t('overview.totalGap')}</dt>
        <dd>
          <strong>{i.money(s.gap.totalGap)}</strong>
        </dd>
      </dl>
    </section>
  );
}

function LeadTimes({ s }: { s: Summary }) {
  const i = useI18n();
  const { t, tMaybe } = i;
  const rows = s.leadTimes;
  const labels = useMemo(() => rows.map((r) => tMaybe('stage', r.stage)), [rows, tMaybe]);
  const series = useMemo(() => [{ label: t('overview.medianDays'), data: rows.map((r) => r.medianDays ?? 0), color: PALETTE.sky }], [rows, t]);
  const days = (n: number | null) => (n === null ? t('common.none') : i.number(n));
  return (
    <ChartFigure
      title={t('overview.leadTitle')}
      summary={t('overview.leadSummary', { list: rows.map((r) => `${tMaybe('stage', r.stage)}: ${days(r.medianDays)}`).join('; ') })}
      labels={labels}
      series={series}
      horizontal
      height={220}
      tick={(v) => i.number(v)}
      table={
        <Table
          caption={t('overview.leadTitle')}
          captionHidden
          rows={rows}
          rowKey={(r) => r.stage}
          columns={[
            { header: t('overview.stage'), cell: (r) => tMaybe('stage', r.stage) },
            { header: t('overview.count'), cell: (r) => i.number(r.count), num: true },
            { header: t('overview.medianDays'), cell: (r) => days(r.medianDays), num: true },
            { header: t('overview.minDays'), cell: (r) => days(r.minDays), num: true },
            { header: t('overview.maxDays'), cell: (r) => days(r.maxDays), num: true },
          ]}
        />
      }
    />
  );
}

export default function Overview() {
  const i = useI18n();
  const { t } = i;
  const q = useQuery(async () => unwrap(await api.GET('/summary')), []);
  return (
    <>
      <PageTitle title={t('overview.title')} />
      <Loaded q={q}>
        {(s) => (
          <div className="overview" data-testid="overview" data-cumulative={s.monthly.at(-1)?.cumulative.minor ?? '0'}>
            <p className="muted asof">{t('overview.asOf', { when: i.dateTime(s.asOf) })}</p>
            <Headline s={s} />
            <div className="grid-2">
              <section className="panel">
                <MonthlyChart rows={s.monthly} />
              </section>
              <section className="panel">
                <CoverageChart rows={s.coverage} />
              </section>
            </div>
            <section className="panel">
              <ContributorsChart
                rows={s.contributors.map((c) => ({ key: c.key, contributors: c.contributors, announced: c.usd.announced, committed: c.usd.committed, paid: c.usd.paid }))}
              />
              <p className="muted small">{t('overview.countingRule')}</p>
            </section>
            <div className="grid-2">
              <GapTable s={s} />
              <section className="panel">
                <LeadTimes s={s} />
              </section>
            </div>
            {s.unconverted.length > 0 ? <p className="muted small">{t('overview.unconverted', { ids: s.unconverted.join(', ') })}</p> : null}
          </div>
        )}
      </Loaded>
    </>
  );
}
