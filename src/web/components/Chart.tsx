/**
 * A chart with its data as a table behind it. Chart.js draws (tree-shaken to bars and lines); the
 * canvas carries a one-sentence summary for screen readers, and the exact figures are always in
 * the table under "Show the figures". Numbers given here are for geometry only; every figure a
 * person reads is formatted from the exact amount by the caller.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

export const PALETTE = { navy: '#1d3557', blue: '#3a6ea5', sky: '#8fb3d9', amber: '#b7791f', grey: '#6b7280', green: '#2f6f4f' };

export interface Series {
  label: string;
  data: number[];
  color: string;
  kind?: 'bar' | 'line';
  dashed?: boolean;
}

export interface ChartProps {
  title: string;
  summary: string;
  labels: string[];
  series: Series[];
  horizontal?: boolean;
  stacked?: boolean;
  tick(value: number): string;
  tooltip?(seriesIndex: number, index: number): string;
  table: ReactNode;
  height?: number;
}

export function ChartFigure(p: ChartProps) {
  const { t } = useI18n();
  const canvas = useRef<HTMLCanvasElement | null>(null);
  const { labels, series, horizontal, stacked, tick, tooltip } = p;

  useEffect(() => {
    if (!canvas.current) return;
    const valueAxis = { beginAtZero: true, stacked: !!stacked, ticks: { callback: (v: string | number) => tick(Number(v)), color: '#374151' }, grid: { color: '#e5e7eb' } };
    const labelAxis = { stacked: !!stacked, ticks: { color: '#374151', autoSkip: true }, grid: { display: false } };
    const config: ChartConfiguration<'bar' | 'line'> = {
      type: 'bar',
      data: {
        labels,
        datasets: series.map((s) => ({
          type: s.kind ?? 'bar',
          label: s.label,
          data: s.data,
          backgroundColor: s.color,
          borderColor: s.color,
          borderWidth: s.kind === 'line' ? 2 : 0,
          borderDash: s.dashed ? [6, 4] : [],
          pointRadius: s.kind === 'line' ? 0 : undefined,
          borderRadius: s.kind === 'line' ? 0 : 2,
          maxBarThickness: 36,
        })) as never,
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        indexAxis: horizontal ? 'y' : 'x',
        scales: horizontal ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis },
        plugins: {
          legend: { display: series.length > 1, position: 'bottom', labels: { color: '#1f2937', boxWidth: 14 } },
          tooltip: tooltip ? { callbacks: { label: (ctx) => tooltip(ctx.datasetIndex, ctx.dataIndex) } } : {},
        },
      },
    };
    const chart = new Chart(canvas.current, config);
    return () => chart.destroy();
  }, [labels, series, horizontal, stacked, tick, tooltip]);

  return (
    <figure className="chart">
      <figcaption>{p.title}</figcaption>
      <div className="chart-box" style={{ height: p.height ?? 260 }}>
        <canvas ref={canvas} role="img" aria-label={p.summary} />
      </div>
      <details>
        <summary>{t('chart.showTable')}</summary>
        {p.table}
      </details>
    </figure>
  );
}
