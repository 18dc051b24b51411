import { useStore } from '@nanostores/react';
import { useLanguage } from '../i18n/i18n';
import { stateMessages } from '../i18n/messages';
import type { Indicator } from '../api/schemas';
import { compareDays, formatDate, formatQuarter } from '../lib/format';
import { formatNumber, formatPercent } from '../lib/format-number';
import { indicatorAxisFloor, latestPoint, targetAttainment, unitSuffix } from '../lib/indicator-stats';
import { ChartFigure } from './chart-figure';
import { LazySeriesLineChart } from './charts/lazy-charts';
import { chartMessages } from './charts/messages';
import './charts/figures.css';

/**
 * One indicator against its target: a lazy line chart with the target as a dashed reference
 * line, a text summary (latest value, target, share of the way) and the same numbers as a table.
 * `compact` is for small multiples (overview, linked indicators on a measure page).
 */
export function IndicatorFigure({ indicator, compact = false }: { indicator: Indicator; compact?: boolean }) {
  const t = useStore(chartMessages);
  const ts = useStore(stateMessages);
  const lang = useLanguage();
  const suffix = unitSuffix(indicator.unit);
  const withUnit = (value: number) => `${formatNumber(value, lang)} ${suffix}`.trim();
  const series = [...indicator.series].sort((a, b) => compareDays(a.date, b.date));
  const latest = latestPoint(indicator);
  const attainment = targetAttainment(indicator);
  const target = withUnit(indicator.target.value);
  const summary = latest
    ? [
        t.indicatorSummary({
          latest: withUnit(latest.value),
          quarter: formatQuarter(latest.date),
          year: indicator.target.year,
          target,
          baseline: withUnit(indicator.baseline.value),
        }),
        attainment !== undefined ? t.indicatorAttainment({ percent: formatPercent(attainment, lang, { isShare: true }) }) : '',
      ]
        .filter(Boolean)
        .join(' ')
    : t.indicatorNoData({ year: indicator.target.year, target });

  const table = (
    <table className="data-table">
      <caption className="visually-hidden">
        {indicator.label} ({indicator.unit})
      </caption>
      <thead>
        <tr>
          <th scope="col">{t.quarter}</th>
          <th scope="col" className="num">
            {indicator.unit || t.value}
          </th>
        </tr>
      </thead>
      <tbody>
        {series.map((point) => (
          <tr key={point.date}>
            <th scope="row">{formatQuarter(point.date)}</th>
            <td className="num">{formatNumber(point.value, lang)}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{ts.target({ year: indicator.target.year })}</th>
          <td className="num">{formatNumber(indicator.target.value, lang)}</td>
        </tr>
      </tbody>
    </table>
  );

  return (
    <ChartFigure
      className={compact ? 'chart-figure--compact indicator-figure' : 'indicator-figure'}
      title={indicator.unit ? `${indicator.label} (${indicator.unit})` : indicator.label}
      summary={summary}
      chart={
        <LazySeriesLineChart
          points={series.map((p) => ({
            label: formatQuarter(p.date),
            detail: `${formatQuarter(p.date)} (${formatDate(p.date, lang)})`,
            value: p.value,
          }))}
          seriesName={indicator.unit || t.value}
          formatValue={(v) => formatNumber(v, lang)}
          domain={[indicatorAxisFloor(indicator), 'auto']}
          target={{ value: indicator.target.value, label: t.targetLine({ year: indicator.target.year, value: target }) }}
          height={compact ? 180 : 260}
          compact={compact}
        />
      }
      table={table}
      note={indicator.source ? <p className="chart-figure__source">{t.source({ source: indicator.source })}</p> : null}
    />
  );
}
