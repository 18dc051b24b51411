import { useStore } from '@nanostores/react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import { useLocation } from 'wouter';
import type { MeasureStatus } from '../../api/schemas';
import { useLanguage } from '../../i18n/i18n';
import { statusMessages } from '../../i18n/messages';
import { formatNumber } from '../../lib/format-number';
import type { StatusCounts } from '../../lib/plan-stats';
import { statusColorVar, statusGlyph, statusOrder } from '../../lib/status-style';
import { axisLine, chartText, gridStroke, tooltipStyle } from './chart-style';
import './charts.css';

export interface StatusByAreaChartRow {
  id: string;
  name: string;
  counts: StatusCounts;
}

interface Props {
  rows: readonly StatusByAreaChartRow[];
  /** Where a click on a segment leads (the measures list filtered to that area and status). */
  hrefFor: (areaId: string, status: MeasureStatus) => string;
}

type Datum = { id: string; name: string } & Record<MeasureStatus, number>;

function StatusTooltip({ active, payload, label }: TooltipContentProps) {
  const t = useStore(statusMessages);
  const lang = useLanguage();
  if (!active || !payload?.length) return null;
  return (
    <div style={tooltipStyle}>
      <p className="chart-tooltip__title">{String(label)}</p>
      <ul className="chart-tooltip__list">
        {payload
          .filter((item) => Number(item.value) > 0)
          .map((item) => {
            const status = item.dataKey as MeasureStatus;
            return (
              <li key={status}>
                <span aria-hidden="true" style={{ color: statusColorVar(status) }}>
                  {statusGlyph[status]}
                </span>{' '}
                {formatNumber(Number(item.value), lang)} {t[status]}
              </li>
            );
          })}
      </ul>
    </div>
  );
}

/**
 * Measures by status per work area as horizontal stacked bars (long German area names stay
 * readable on a phone). A click on a segment opens the filtered measures list; keyboard users get
 * the same links in the table alternative.
 */
export default function StatusByAreaChart({ rows, hrefFor }: Props) {
  const t = useStore(statusMessages);
  const lang = useLanguage();
  const [, navigate] = useLocation();
  const data: Datum[] = rows.map((row) => ({ id: row.id, name: row.name, ...row.counts }));
  const text = chartText();
  const height = Math.round(Math.max(160, rows.length * 52 + 70) * text.scale);
  const longest = Math.max(4, ...rows.map((r) => r.name.length));
  const yWidth = Math.min(text.widthFor(longest), Math.round(260 * text.scale));
  return (
    <div className="chart chart--status-by-area" data-testid="status-by-area-chart">
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 600, height }}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} stroke={gridStroke} />
          <XAxis
            type="number"
            allowDecimals={false}
            tick={text.tick}
            axisLine={axisLine}
            tickLine={axisLine}
            tickFormatter={(v: number) => formatNumber(v, lang)}
          />
          <YAxis type="category" dataKey="name" width={yWidth} tick={text.tick} axisLine={axisLine} tickLine={false} />
          <Tooltip content={StatusTooltip} cursor={{ fill: 'var(--surface-2)', opacity: 0.6 }} isAnimationActive={false} />
          {statusOrder.map((status) => (
            <Bar
              key={status}
              dataKey={status}
              name={t[status]}
              stackId="status"
              fill={statusColorVar(status)}
              stroke="var(--bg)"
              strokeWidth={1}
              isAnimationActive={false}
              className="chart__bar--link"
              onClick={(_item, index) => {
                const row = rows[index];
                if (row) navigate(hrefFor(row.id, status));
              }}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
      <ul className="chart-legend" aria-hidden="true">
        {statusOrder.map((status) => (
          <li key={status}>
            <span className="chart-legend__swatch" style={{ background: statusColorVar(status) }} />
            <span style={{ color: statusColorVar(status) }}>{statusGlyph[status]}</span> {t[status]}
          </li>
        ))}
      </ul>
    </div>
  );
}
