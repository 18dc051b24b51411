import { useStore } from '@nanostores/react';
import { Link } from 'wouter';
import type { MeasureStatus, Meeting, Plan } from '../../api/schemas';
import { Suspense } from 'react';
import { ErrorBoundary } from '../../components/error-boundary';
import { LazyStatusByAreaChart } from '../../components/charts/lazy-charts';
import { StatusBadge, StatusGlyph } from '../../components/status-badge';
import { useLanguage, type Language } from '../../i18n/i18n';
import { stateMessages, statusMessages } from '../../i18n/messages';
import { formatDate } from '../../lib/format';
import { formatNumber, formatPercent } from '../../lib/format-number';
import { measuresHref } from '../../lib/measure-search';
import { paths } from '../../lib/paths';
import type { OpenAgreement } from '../../lib/plan-stand';
import { statusOrder } from '../../lib/status-style';
import { SINCE_NAMES_LIMIT, type ReportArea, type ReportSince, type ReportTotals, type SinceGroup } from './build-report';
import { reportMessages } from './messages';
import { OverdueMark, TableScroll } from './report-area';

type Texts = ReturnType<typeof reportMessages.get>;

const percent = (value: number | undefined, lang: Language) => (value === undefined ? '–' : formatPercent(value, lang));

export function ReportCover({ plan, standText, scope }: { plan: Plan; standText: string; scope: string }) {
  const t = useStore(reportMessages);
  const lang = useLanguage();
  return (
    <section className="report-cover" aria-labelledby="report-cover-title">
      <h2 id="report-cover-title" className="report-cover__title">
        {plan.title}
      </h2>
      {plan.subtitle ? <p className="report-cover__subtitle">{plan.subtitle}</p> : null}
      <dl className="report-cover__facts">
        <div>
          <dt>{t.standLabel}</dt>
          <dd>{standText}</dd>
        </div>
        <div>
          <dt>{t.scope}</dt>
          <dd>{scope}</dd>
        </div>
        <div>
          <dt>{t.partners}</dt>
          <dd>
            <ul className="report-cover__partners">
              {plan.partners.map((p) => (
                <li key={p.id}>{p.name}</li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>{t.adopted}</dt>
          <dd>{formatDate(plan.adoptedOn, lang, 'long')}</dd>
        </div>
      </dl>
      {plan.illustrative ? (
        <p className="report-cover__sample">
          <span className="badge badge--sample">{t.illustrativeNote}</span>
        </p>
      ) : null}
      {plan.note ? <p className="report-cover__note">{plan.note}</p> : null}
    </section>
  );
}

function Figure({ value, label }: { value: string; label: string }) {
  return (
    <div className="report-figure">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function StatusTable({
  areas,
  totals,
  t,
  lang,
}: {
  areas: readonly ReportArea[];
  totals: ReportTotals;
  t: Texts;
  lang: Language;
}) {
  const ts = useStore(statusMessages);
  return (
    <table className="data-table report-table">
      <caption className="visually-hidden">{t.statusChartTitle}</caption>
      <thead>
        <tr>
          <th scope="col">{t.area}</th>
          {statusOrder.map((s) => (
            <th key={s} scope="col" className="num">
              <StatusGlyph status={s} /> {ts[s]}
            </th>
          ))}
          <th scope="col" className="num">
            {t.sum}
          </th>
          <th scope="col" className="num">
            {t.averageProgress}
          </th>
        </tr>
      </thead>
      <tbody>
        {areas.map((a) => (
          <tr key={a.area.id}>
            <th scope="row">{a.area.name}</th>
            {statusOrder.map((s) => (
              <td key={s} className="num">
                {formatNumber(a.counts[s], lang)}
              </td>
            ))}
            <td className="num">{formatNumber(a.measures.length, lang)}</td>
            <td className="num">{percent(a.averageProgress, lang)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t.sum}</th>
          {statusOrder.map((s) => (
            <td key={s} className="num">
              {formatNumber(totals.counts[s], lang)}
            </td>
          ))}
          <td className="num">{formatNumber(totals.total, lang)}</td>
          <td className="num">{percent(totals.averageProgress, lang)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

const chartHref = (areaId: string, status: MeasureStatus) => measuresHref({ bereich: [areaId], status: [status] });

export function ReportSummary({ areas, totals }: { areas: readonly ReportArea[]; totals: ReportTotals }) {
  const t = useStore(reportMessages);
  const ts = useStore(statusMessages);
  const tc = useStore(stateMessages);
  const lang = useLanguage();
  return (
    <>
      <dl className="report-figures">
        <Figure value={formatNumber(totals.total, lang)} label={t.figureMeasures} />
        {statusOrder.map((s) => (
          <Figure key={s} value={formatNumber(totals.counts[s], lang)} label={ts[s]} />
        ))}
        <Figure value={percent(totals.averageProgress, lang)} label={t.figureProgress} />
        <Figure value={formatNumber(totals.overdue, lang)} label={t.figureOverdue} />
      </dl>
      {/* A document shows chart and table together (no "show as table" switch as on the overview). */}
      <figure className="chart-figure report-chart" aria-labelledby="report-chart-title" aria-describedby="report-chart-summary">
        <figcaption id="report-chart-title" className="chart-figure__title">
          {t.statusChartTitle}
        </figcaption>
        <p id="report-chart-summary" className="chart-figure__summary">
          {t.statusChartSummary({
            total: formatNumber(totals.total, lang),
            areas: formatNumber(areas.length, lang),
            completed: formatNumber(totals.counts.completed, lang),
            delayed: formatNumber(totals.counts.delayed, lang),
          })}
        </p>
        {/* If the chart's chunk fails, the table below still carries every number. */}
        <ErrorBoundary fallback={() => null}>
          <Suspense fallback={<p className="chart-figure__loading">{tc.chartLoading}</p>}>
            <LazyStatusByAreaChart
              rows={areas.map((a) => ({ id: a.area.id, name: a.area.name, counts: a.counts }))}
              hrefFor={chartHref}
            />
          </Suspense>
        </ErrorBoundary>
        <TableScroll label={t.statusChartTitle}>
          <StatusTable areas={areas} totals={totals} t={t} lang={lang} />
        </TableScroll>
      </figure>
    </>
  );
}

const sinceGroups: ReadonlyArray<[SinceGroup, 'sinceCompleted' | 'sinceStarted' | 'sinceDelayed' | 'sinceRecovered']> = [
  ['completed', 'sinceCompleted'],
  ['recovered', 'sinceRecovered'],
  ['delayed', 'sinceDelayed'],
  ['started', 'sinceStarted'],
];

export function ReportSinceView({ baseline, since }: { baseline: Meeting | undefined; since: ReportSince | undefined }) {
  const t = useStore(reportMessages);
  const lang = useLanguage();
  if (!baseline || !since) return <p className="state state--empty">{t.sinceNone}</p>;
  return (
    <>
      <p>
        {t.sinceIntro({ date: formatDate(baseline.date, lang) })}{' '}
        {t.sinceProgress({ before: percent(since.progressBefore, lang), after: percent(since.progressAfter, lang) })}
      </p>
      <div className="report-since">
        {sinceGroups.map(([group, label]) => {
          const items = since.groups[group];
          return (
            <div key={group} className="report-since__group report-avoid-break">
              <h3>
                {t[label]} ({formatNumber(items.length, lang)})
              </h3>
              {items.length === 0 ? (
                <p className="muted">{t.sinceEmpty}</p>
              ) : (
                <ul className="report-since__list">
                  {items.slice(0, SINCE_NAMES_LIMIT).map((m) => (
                    <li key={m.id}>
                      <Link href={paths.measure(m.id)}>{m.id}</Link> {m.title} · <StatusBadge status={m.status} />
                    </li>
                  ))}
                  {items.length > SINCE_NAMES_LIMIT ? (
                    <li className="muted">{t.sinceMore({ count: formatNumber(items.length - SINCE_NAMES_LIMIT, lang) })}</li>
                  ) : null}
                </ul>
              )}
            </div>
          );
        })}
      </div>
    </>
  );
}

export function ReportAgreements({ items }: { items: readonly OpenAgreement[] }) {
  const t = useStore(reportMessages);
  const ts = useStore(statusMessages);
  const lang = useLanguage();
  if (items.length === 0) return <p className="state state--empty">{t.agreementsNone}</p>;
  const statusText = { open: ts.agreementOpen, in_progress: ts.agreementInProgress, done: ts.agreementDone };
  return (
    <TableScroll label={t.agreementsTable}>
      <table className="data-table report-table">
        <caption className="visually-hidden">{t.agreementsTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{t.agreement}</th>
            <th scope="col">{t.owner}</th>
            <th scope="col">{t.colDue}</th>
            <th scope="col">{t.colStatus}</th>
            <th scope="col">{t.fromMeeting}</th>
          </tr>
        </thead>
        <tbody>
          {items.map(({ agreement, meeting, overdue }) => (
            <tr key={`${meeting.id}-${agreement.id}`}>
              <th scope="row" className="report-table__text">
                {agreement.text}
                {agreement.measureIds.length > 0 ? (
                  <span className="report-table__note">{agreement.measureIds.join(', ')}</span>
                ) : null}
              </th>
              <td>{agreement.owner}</td>
              <td className="report-measures__date">
                {formatDate(agreement.due, lang)}
                {overdue ? <OverdueMark text={t.overdue} /> : null}
              </td>
              <td>{statusText[agreement.status]}</td>
              <td className="report-measures__date">{formatDate(meeting.date, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

const legendText = {
  completed: 'legendCompleted',
  in_progress: 'legendInProgress',
  delayed: 'legendDelayed',
  on_hold: 'legendOnHold',
  planned: 'legendPlanned',
} as const satisfies Record<MeasureStatus, keyof Texts>;

export function ReportLegend() {
  const t = useStore(reportMessages);
  return (
    <>
      <p>{t.legendIntro}</p>
      <dl className="report-legend">
        {statusOrder.map((s) => (
          <div key={s}>
            <dt>
              <StatusBadge status={s} />
            </dt>
            <dd>{t[legendText[s]]}</dd>
          </div>
        ))}
        <div>
          <dt>
            <OverdueMark text={t.overdue} />
          </dt>
          <dd>{t.legendOverdue}</dd>
        </div>
      </dl>
    </>
  );
}
