import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import { axisLine, chartText, gridStroke, tooltipStyle } from './chart-style';
import './charts.css';

export interface LinePoint {
  /** Short axis label, e.g. "Q3 2026" or "18.02.2026". */
  label: string;
  /** Tooltip heading, e.g. the full date and what the point is. */
  detail: string;
  value: number | null;
}

interface Props {
  points: readonly LinePoint[];
  /** The series name in the tooltip, e.g. "Fortschritt" or the unit. */
  seriesName: string;
  formatValue: (value: number) => string;
  /** y range; 'auto' lets recharts pick a round upper bound (the target line extends it too). */
  domain: [number, number | 'auto'];
  /** A horizontal target line with its label (e.g. "Ziel 2028: 25 ha"). */
  target?: { value: number; label: string };
  color?: string;
  height?: number;
  compact?: boolean;
}

function makeTooltip(points: readonly LinePoint[], seriesName: string, formatValue: (value: number) => string) {
  return function LineTooltip({ active, payload, label }: TooltipContentProps) {
    if (!active || !payload?.length) return null;
    const point = points.find((p) => p.label === label);
    const value = payload[0]?.value;
    return (
      <div style={tooltipStyle}>
        <p className="chart-tooltip__title">{point?.detail ?? String(label)}</p>
        <p className="chart-tooltip__value">
          {seriesName}: {typeof value === 'number' ? formatValue(value) : '–'}
        </p>
      </div>
    );
  };
}

/** A line over time against an optional target line; axis and tooltips use the given formatter. */
export default function SeriesLineChart({
  points,
  seriesName,
  formatValue,
  domain,
  target,
  color = 'var(--status-in-progress)',
  height = 240,
  compact = false,
}: Props) {
  const data = points.map((p) => ({ label: p.label, value: p.value }));
  const text = chartText();
  const chartHeight = Math.round(height * text.scale);
  // Room for the longest y tick label: the largest value (or target), formatted, plus a little.
  const largest = Math.max(
    domain[0],
    typeof domain[1] === 'number' ? domain[1] : 0,
    target?.value ?? 0,
    ...points.map((p) => p.value ?? 0),
  );
  const yWidth = text.widthFor(formatValue(largest * 1.2).length);
  return (
    <div className="chart chart--line">
      <ResponsiveContainer width="100%" height={chartHeight} initialDimension={{ width: 400, height: chartHeight }}>
        <LineChart data={data} margin={{ top: 12, right: compact ? 12 : 24, bottom: 4, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke={gridStroke} />
          <XAxis
            dataKey="label"
            tick={text.tick}
            axisLine={axisLine}
            tickLine={axisLine}
            interval="preserveStartEnd"
            minTickGap={compact ? 24 : 12}
          />
          <YAxis
            domain={domain}
            tick={text.tick}
            axisLine={axisLine}
            tickLine={axisLine}
            width={yWidth}
            tickFormatter={(v: number) => formatValue(v)}
          />
          <Tooltip content={makeTooltip(points, seriesName, formatValue)} isAnimationActive={false} />
          {target ? (
            <ReferenceLine
              y={target.value}
              stroke="var(--text)"
              strokeDasharray="6 4"
              strokeWidth={1.5}
              label={{ value: target.label, position: 'insideTopLeft', fill: 'var(--text)', fontSize: text.fontSize }}
              ifOverflow="extendDomain"
            />
          ) : null}
          <Line
            type="linear"
            dataKey="value"
            name={seriesName}
            stroke={color}
            strokeWidth={compact ? 2.5 : 3}
            dot={{ r: compact ? 2.5 : 4, fill: color, stroke: color }}
            activeDot={{ r: 6 }}
            connectNulls
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
