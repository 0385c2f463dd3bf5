/** How much of the prioritized list is funded, by priority band (ranks 1-5, 6-10, ...). */
import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Money } from '../../lib/money.ts';
import { ChartFigure, PALETTE } from '../Chart.tsx';
import { Table } from '../Table.tsx';

export interface BandRow {
  band: string;
  lines: number;
  need: Money;
  funded: Money;
  coverageBp: number | null;
}

export function CoverageChart({ rows }: { rows: BandRow[] }) {
  const i = useI18n();
  const { t } = i;
  const shown = useMemo(() => rows.filter((r) => r.lines > 0), [rows]);
  const labels = useMemo(() => shown.map((r) => t('overview.band', { band: r.band })), [shown, t]);
  const series = useMemo(() => [{ label: t('overview.coverage'), data: shown.map((r) => (r.coverageBp ?? 0) / 100), color: PALETTE.green }], [shown, t]);
  return (
    <ChartFigure
      title={t('overview.coverageTitle')}
      summary={t('overview.coverageSummary', { list: shown.map((r) => `${t('overview.band', { band: r.band })}: ${i.percentBp(r.coverageBp)}`).join('; ') })}
      labels={labels}
      series={series}
      tick={(v) => i.percentBp(Math.round(v * 100))}
      tooltip={(_s, idx) => i.percentBp(shown[idx]!.coverageBp)}
      table={
        <Table
          caption={t('overview.coverageTitle')}
          captionHidden
          rows={shown}
          rowKey={(r) => r.band}
          columns={[
            { header: t('overview.bandHeader'), cell: (r) => r.band },
            { header: t('overview.lines'), cell: (r) => i.number(r.lines), num: true },
            { header: t('overview.need'), cell: (r) => i.money(r.need), num: true },
            { header: t('overview.funded'), cell: (r) => i.money(r.funded), num: true },
            { header: t('overview.coverage'), cell: (r) => i.percentBp(r.coverageBp), num: true },
          ]}
        />
      }
    />
  );
}
