import { useEffect, useRef, useState } from 'react';
import { formatAmount } from '@web/format';
import type { VolumeRow } from '@web/pages/program/series';

type EChartsInit = typeof import('echarts/core').init;
type Chart = ReturnType<EChartsInit>;

/** Decimal strings become numbers here only, to place the marks; every label comes from the strings. */
const toNumber = (value: string | null): number | null => (value === null ? null : Number(value));

/** Axis ticks in millions of yuan: ticks are the chart's own round numbers, not figures. */
const millions = (value: number): string => (value === 0 ? '0' : `${value / 1_000_000}M`);

export function chartOption(rows: readonly VolumeRow[]) {
  const labels = rows.map((r) => `Q${r.quarter}`);
  const figure = (name: string, pick: (r: VolumeRow) => string | null) => ({
    name,
    data: rows.map((r) => toNumber(pick(r))),
  });
  const hasTarget = rows.some((r) => r.targetPace !== null);
  const hasProjection = rows.some((r) => r.projected !== null);
  const series = [
    { type: 'bar' as const, ...figure('Registered in the quarter', (r) => r.amount), barMaxWidth: 48 },
    { type: 'line' as const, ...figure('Cumulative', (r) => r.cumulative), symbolSize: 7 },
    ...(hasTarget
      ? [
          {
            type: 'line' as const,
            ...figure('Target pace', (r) => r.targetPace),
            lineStyle: { type: 'dashed' as const },
          },
        ]
      : []),
    ...(hasProjection
      ? [
          {
            type: 'line' as const,
            ...figure('Run-rate projection', (r) => r.projected),
            lineStyle: { type: 'dotted' as const },
          },
        ]
      : []),
  ];
  const exact: Record<string, (r: VolumeRow) => string | null> = {
    'Registered in the quarter': (r) => r.amount,
    Cumulative: (r) => r.cumulative,
    'Target pace': (r) => r.targetPace,
    'Run-rate projection': (r) => r.projected,
  };
  return {
    animation: false,
    color: ['#3b6fb6', '#1f7a4d', '#b25d00', '#7a3fb0'],
    grid: { left: 8, right: 16, top: 48, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: {
      trigger: 'axis' as const,
      // The tooltip shows the exact decimal strings, not the drawn numbers.
      formatter: (params: unknown) => {
        const items = Array.isArray(params) ? (params as { dataIndex: number; seriesName: string }[]) : [];
        const row = rows[items[0]?.dataIndex ?? -1];
        if (row === undefined) return '';
        const lines = items
          .map((p) => [p.seriesName, exact[p.seriesName]?.(row) ?? null] as const)
          .filter((l): l is readonly [string, string] => l[1] !== null)
          .map(([name, value]) => `${name}: CNY ${formatAmount(value)}`);
        return [`Q${row.quarter}`, ...lines].join('<br/>');
      },
    },
    xAxis: { type: 'category' as const, data: labels },
    yAxis: { type: 'value' as const, axisLabel: { formatter: millions } },
    series,
  };
}

/**
 * The quarterly bars with the cumulative, target-pace and projection lines. ECharts is loaded
 * on first draw (its own chunk); the figures table next to it carries the same numbers for
 * screen readers and for when the chart cannot be drawn.
 */
export function VolumeChart({ rows, label }: { rows: readonly VolumeRow[]; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<Chart | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let observer: ResizeObserver | null = null;
    import('@web/pages/program/echarts-setup')
      .then(({ init }) => {
        if (cancelled || box.current === null) return;
        chart.current = init(box.current, undefined, { renderer: 'svg' });
        chart.current.setOption(chartOption(rows));
        if (typeof ResizeObserver !== 'undefined') {
          observer = new ResizeObserver(() => chart.current?.resize());
          observer.observe(box.current);
        }
      })
      .catch(() => {
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, [rows]);

  return (
    <figure className="volume-chart">
      <div ref={box} className="volume-chart-canvas" role="img" aria-label={label} data-chart="volume" />
      {failed && <p className="muted small">The chart could not be drawn here; the figures are in the table.</p>}
    </figure>
  );
}
