import { useStore } from '@nanostores/react';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link } from 'wouter';
import { indicatorsQuery, measuresQuery, meetingsQuery, workAreasQuery } from '../../api/queries';
import type { Measure, MeasureStatus, Meeting, Plan, WorkArea } from '../../api/schemas';
import { ChartFigure } from '../../components/chart-figure';
import { LazySeriesLineChart, LazyStatusByAreaChart } from '../../components/charts/lazy-charts';
import { IndicatorFigure } from '../../components/indicator-figure';
import { QueriesState } from '../../components/queries-state';
import { QueryState } from '../../components/query-state';
import { useLanguage } from '../../i18n/i18n';
import { statusMessages } from '../../i18n/messages';
import { formatDate } from '../../lib/format';
import { formatNumber, formatPercent } from '../../lib/format-number';
import { measuresHref } from '../../lib/measure-search';
import { statusOrder } from '../../lib/status-style';
import { areaWithMost, keyIndicators, progressOverTime, statusByArea, type StatusByAreaRow } from './overview-stats';
import { overviewMessages } from './messages';
import { PlanGate } from '../../components/plan-gate';

const chartSkeleton = <div className="skeleton overview-chart__skeleton" aria-hidden="true" />;

const hrefFor = (areaId: string, status: MeasureStatus) => measuresHref({ bereich: [areaId], status: [status] });

function StatusByAreaTable({ rows }: { rows: readonly StatusByAreaRow[] }) {
  const t = useStore(overviewMessages);
  const ts = useStore(statusMessages);
  const lang = useLanguage();
  return (
    <table className="data-table">
      <caption className="visually-hidden">{t.statusChartTitle}</caption>
      <thead>
        <tr>
          <th scope="col">{t.area}</th>
          {statusOrder.map((s) => (
            <th key={s} scope="col" className="num">
              {ts[s]}
            </th>
          ))}
          <th scope="col" className="num">
            {t.sum}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.areaId}>
            <th scope="row">{row.name}</th>
            {statusOrder.map((s) => (
              <td key={s} className="num">
                {row.counts[s] > 0 ? (
                  <Link href={hrefFor(row.areaId, s)}>
                    {formatNumber(row.counts[s], lang)}{' '}
                    <span className="visually-hidden">{t.cellLink({ status: ts[s], area: row.name })}</span>
                  </Link>
                ) : (
                  formatNumber(0, lang)
                )}
              </td>
            ))}
            <td className="num">
              <Link href={measuresHref({ bereich: [row.areaId] })}>
                {formatNumber(row.total, lang)}{' '}
                <span className="visually-hidden">{t.cellLink({ status: t.measuresCount, area: row.name })}</span>
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function StatusByAreaFigure({ areas, measures }: { areas: readonly WorkArea[]; measures: readonly Measure[] }) {
  const t = useStore(overviewMessages);
  const lang = useLanguage();
  const rows = statusByArea(areas, measures);
  const most = areaWithMost(rows, 'delayed');
  const base = { total: formatNumber(measures.length, lang), areas: formatNumber(areas.length, lang) };
  const summary = `${
    most ? t.statusChartSummary({ ...base, area: most.name, count: most.counts.delayed }) : t.statusChartSummaryNoDelay(base)
  } ${t.statusChartHint}`;
  return (
    <ChartFigure
      className="overview-chart overview-chart--status"
      title={t.statusChartTitle}
      summary={summary}
      chart={
        <LazyStatusByAreaChart rows={rows.map((r) => ({ id: r.areaId, name: r.name, counts: r.counts }))} hrefFor={hrefFor} />
      }
      table={<StatusByAreaTable rows={rows} />}
    />
  );
}

function ProgressFigure({
  plan,
  meetings,
  measures,
}: {
  plan: Plan;
  meetings: readonly Meeting[];
  measures: readonly Measure[];
}) {
  const t = useStore(overviewMessages);
  const lang = useLanguage();
  const points = progressOverTime(meetings, measures, plan.dataDate);
  const pct = (v: number | undefined) => (v === undefined ? '–' : formatPercent(v, lang));
  const labelOf = (p: (typeof points)[number]) =>
    p.isNow
      ? t.pointNow({ date: formatDate(p.date, lang) })
      : t.pointMeeting({ number: p.meetingNumber ?? '', date: formatDate(p.date, lang) });
  const first = points[0];
  const now = points[points.length - 1];
  let summary: string;
  if (!first || !now || first === now) {
    summary = t.progressChartSummaryOnly({ date: formatDate(plan.dataDate, lang), now: pct(now?.progress) });
  } else {
    const args = {
      first: pct(first.progress),
      firstDate: formatDate(first.date, lang),
      now: pct(now.progress),
      nowDate: formatDate(now.date, lang),
    };
    summary = (now.progress ?? 0) >= (first.progress ?? 0) ? t.progressChartSummary(args) : t.progressChartSummaryFell(args);
  }
  return (
    <ChartFigure
      className="overview-chart overview-chart--progress"
      title={t.progressChartTitle}
      summary={summary}
      chart={
        <LazySeriesLineChart
          points={points.map((p) => ({ label: formatDate(p.date, lang), detail: labelOf(p), value: p.progress ?? null }))}
          seriesName={t.progressSeries}
          formatValue={(v) => formatPercent(v, lang)}
          domain={[0, 100]}
          height={260}
        />
      }
      table={
        <table className="data-table">
          <caption className="visually-hidden">{t.progressChartTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.when}</th>
              <th scope="col" className="num">
                {t.measuresCount}
              </th>
              <th scope="col" className="num">
                {t.progressSeries}
              </th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={`${p.date}-${p.isNow ? 'now' : 'meeting'}`}>
                <th scope="row">{labelOf(p)}</th>
                <td className="num">{formatNumber(p.measures, lang)}</td>
                <td className="num">{pct(p.progress)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

function OverviewStatusChart() {
  const areas = useQuery(workAreasQuery());
  const measures = useQuery(measuresQuery());
  return (
    <QueriesState queries={{ workAreas: areas, measures }} skeleton={chartSkeleton}>
      {(data) => <StatusByAreaFigure areas={data.workAreas} measures={data.measures} />}
    </QueriesState>
  );
}

function OverviewProgressChart() {
  const t = useStore(overviewMessages);
  const meetings = useQuery(meetingsQuery());
  const measures = useQuery(measuresQuery());
  return (
    <PlanGate message={t.needsPlan} skeleton={chartSkeleton}>
      {(p) => (
        <QueriesState queries={{ meetings, measures }} skeleton={chartSkeleton}>
          {(data) => <ProgressFigure plan={p} meetings={data.meetings} measures={data.measures} />}
        </QueriesState>
      )}
    </PlanGate>
  );
}

function OverviewKeyIndicators() {
  const t = useStore(overviewMessages);
  const headingId = useId();
  const indicators = useQuery(indicatorsQuery());
  return (
    <section className="overview-indicators" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.indicatorsHeading}</h3>
      <p className="muted">{t.indicatorsIntro}</p>
      <QueryState
        query={indicators}
        what="indicators"
        skeleton={chartSkeleton}
        isEmpty={(list) => keyIndicators(list).length === 0}
        empty={<p className="state state--empty">{t.indicatorsEmpty}</p>}
      >
        {(list) => (
          <ul className="overview-indicators__grid">
            {keyIndicators(list).map((indicator) => (
              <li key={indicator.id}>
                <IndicatorFigure indicator={indicator} compact />
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}

/** The overview's charts; each one loads, fails and retries on its own. */
export function OverviewCharts() {
  const t = useStore(overviewMessages);
  const headingId = useId();
  return (
    <section className="overview-charts" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.chartsHeading}</h2>
      <div className="overview-charts__pair">
        <OverviewStatusChart />
        <OverviewProgressChart />
      </div>
      <OverviewKeyIndicators />
    </section>
  );
}
