/** Committed and paid money by Ally (or joint group), in USD, and each as a share of the contributors' GDP. */
import { useMemo } from 'react';
import { api, unwrap } from '../../api/client.ts';
import { useQuery } from '../../api/use-query.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ratioPpm, sumMinor, toChartNumber, type Money } from '../../lib/money.ts';
import { ChartFigure, PALETTE } from '../Chart.tsx';
import { useGroupName, useOrganizations } from '../orgs.tsx';
import { Table } from '../Table.tsx';

export interface ContributorRow {
  key: string;
  contributors: string[];
  announced: Money;
  committed: Money;
  paid: Money;
}

export function ContributorsChart({ rows }: { rows: ContributorRow[] }) {
  const i = useI18n();
  const { t } = i;
  const groupName = useGroupName();
  const orgs = useOrganizations();
  const gdp = useQuery(async () => unwrap(await api.GET('/reference/gdp')), []);

  const gdpOf = useMemo(() => {
    const byCountry = new Map((gdp.data?.items ?? []).map((g) => [g.country, g.gdp.minor]));
    const countryOf = new Map((orgs.data ?? []).map((o) => [o.orgId, o.country]));
    // A joint group's share is measured against the members' GDP added together (BigInt).
    return (members: string[]): string | null => {
      const parts = members.map((m) => byCountry.get(countryOf.get(m) ?? ''));
      return parts.every((p): p is string => p !== undefined) ? sumMinor(parts) : null;
    };
  }, [gdp.data, orgs.data]);

  // The table lists every contributor with an amount; the chart only those with money committed.
  const shown = useMemo(() => rows.filter((r) => r.announced.minor !== '0' || r.committed.minor !== '0'), [rows]);
  const drawn = useMemo(() => shown.filter((r) => r.committed.minor !== '0' || r.paid.minor !== '0'), [shown]);
  const labels = useMemo(() => drawn.map((r) => groupName(r.contributors)), [drawn, groupName]);
  const series = useMemo(
    () => [
      { label: t('overview.committed'), data: drawn.map((r) => toChartNumber(r.committed)), color: PALETTE.blue },
      { label: t('overview.paid'), data: drawn.map((r) => toChartNumber(r.paid)), color: PALETTE.navy },
    ],
    [drawn, t],
  );
  const share = (r: ContributorRow) => {
    const g = gdpOf(r.contributors);
    return g ? i.percentPpm(ratioPpm(r.committed.minor, g)) : <span className="muted">{t('overview.noGdp')}</span>;
  };
  const totalCommitted = sumMinor(shown.map((r) => r.committed.minor));

  return (
    <ChartFigure
      title={t('overview.byAllyTitle')}
      summary={t('overview.byAllySummary', { n: drawn.length, total: i.money({ minor: totalCommitted, currency: 'USD' }) })}
      labels={labels}
      series={series}
      horizontal
      height={Math.max(200, drawn.length * 48)}
      tick={(v) => i.moneyCompact({ minor: String(Math.round(v * 100)), currency: 'USD' })}
      tooltip={(s, idx) => `${series[s]?.label}: ${i.money(s === 0 ? drawn[idx]!.committed : drawn[idx]!.paid)}`}
      table={
        <>
          <Table
            caption={t('overview.byAllyTitle')}
            captionHidden
            rows={shown}
            rowKey={(r) => r.key}
            columns={[
              { header: t('overview.ally'), cell: (r) => groupName(r.contributors) },
              { header: t('overview.announced'), cell: (r) => i.money(r.announced), num: true },
              { header: t('overview.committed'), cell: (r) => i.money(r.committed), num: true },
              { header: t('overview.paid'), cell: (r) => i.money(r.paid), num: true },
              { header: t('overview.shareOfGdp'), cell: share, num: true },
            ]}
          />
          {gdp.data ? (
            <p className="source">
              {t('overview.gdpSource', { year: gdp.data.source.year })}{' '}
              <a href={gdp.data.source.url} rel="noreferrer noopener" target="_blank">
                {gdp.data.source.name}
              </a>{' '}
              ({gdp.data.source.url}).{' '}
              {gdp.data.items.length === 0
                ? t('overview.gdpNoneSourced')
                : gdp.data.unsourced.length > 0
                  ? t('overview.gdpSomeUnsourced', { countries: gdp.data.unsourced.join(', ') })
                  : null}
            </p>
          ) : null}
        </>
      }
    />
  );
}
