/** Progress toward the monthly target (USD 1bn a month, BRIEF section 1): committed per month against the target. */
import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { ratioBp, toChartNumber, type Money } from '../../lib/money.ts';
import { ChartFigure, PALETTE } from '../Chart.tsx';
import { Table } from '../Table.tsx';

export interface MonthRow {
  month: string;
  committed: Money;
  target: Money;
  cumulative: Money;
  cumulativeTarget: Money;
}

export function MonthlyChart({ rows }: { rows: MonthRow[] }) {
  const i = useI18n();
  const { t } = i;
  const labels = useMemo(() => rows.map((r) => i.month(r.month)), [rows, i]);
  const series = useMemo(
    () => [
      { label: t('overview.committed'), data: rows.map((r) => toChartNumber(r.committed)), color: PALETTE.blue },
      { label: t('overview.target'), data: rows.map((r) => toChartNumber(r.target)), color: PALETTE.amber, kind: 'line' as const, dashed: true },
    ],
    [rows, t],
  );
  const reached = rows.filter((r) => BigInt(r.committed.minor) >= BigInt(r.target.minor)).length;
  return (
    <ChartFigure
      title={t('overview.monthlyTitle')}
      summary={t('overview.monthlySummary', { reached, months: rows.length })}
      labels={labels}
      series={series}
      tick={(v) => i.moneyCompact({ minor: String(Math.round(v * 100)), currency: 'USD' })}
      tooltip={(s, idx) => `${series[s]?.label}: ${i.money(s === 0 ? rows[idx]!.committed : rows[idx]!.target)}`}
      table={
        <Table
          caption={t('overview.monthlyTitle')}
          captionHidden
          rows={rows}
          rowKey={(r) => r.month}
          columns={[
            { header: t('overview.month'), cell: (r) => i.month(r.month) },
            { header: t('overview.committed'), cell: (r) => i.money(r.committed), num: true },
            { header: t('overview.ofTarget'), cell: (r) => i.percentBp(ratioBp(r.committed.minor, r.target.minor)), num: true },
            { header: t('overview.cumulative'), cell: (r) => i.money(r.cumulative), num: true },
            { header: t('overview.ofCumulativeTarget'), cell: (r) => i.percentBp(ratioBp(r.cumulative.minor, r.cumulativeTarget.minor)), num: true },
          ]}
        />
      }
    />
  );
}
