import { useStore } from '@nanostores/react';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { Link } from 'wouter';
import { indicatorsQuery, measuresQuery, meetingsQuery, planQuery, workAreasQuery } from '../../api/queries';
import type { Meeting, Plan, WorkArea } from '../../api/schemas';
import { PageHeading } from '../../components/page-heading';
import { usePrintStand } from '../../components/print-margins';
import { useLanguage, type Language } from '../../i18n/i18n';
import { SearchParamNotice } from '../../components/search-param-notice';
import { formatDate } from '../../lib/format';
import { formatNumber } from '../../lib/format-number';
import { openAgreementsAt, resolveStand, type PlanStand } from '../../lib/plan-stand';
import { reportHref, reportSearchSpec } from '../../lib/report-search';
import { useSearchState, type SearchState } from '../../lib/search-params';
import { REPORT_ROW_LIMIT, reportAreas, reportSince, reportTotals, selectAreas, type ReportArea } from './build-report';
import { reportMessages } from './messages';
import { AreaSection } from './report-area';
import { Requires, type Needed } from './report-requires';
import { ReportAgreements, ReportCover, ReportLegend, ReportSinceView, ReportSummary } from './report-sections';
import './report.css';

type Texts = ReturnType<typeof reportMessages.get>;
type ReportSearchState = SearchState<typeof reportSearchSpec>;

export function standText(stand: PlanStand, t: Texts, lang: Language): string {
  return stand.kind === 'pinned'
    ? t.standPinned({ date: formatDate(stand.meeting.date, lang) })
    : t.standLive({ date: formatDate(stand.date, lang) });
}

/** Print button, data date and work areas: the report's controls (not printed). */
function ReportOptions({
  search,
  meetings,
  workAreas,
  dataDate,
}: {
  search: ReportSearchState;
  meetings: readonly Meeting[] | undefined;
  workAreas: readonly WorkArea[] | undefined;
  dataDate: string | undefined;
}) {
  const t = useStore(reportMessages);
  const lang = useLanguage();
  const { values, update } = search;
  const chosen = new Set(values.bereich);
  const toggle = (id: string) =>
    update({ bereich: chosen.has(id) ? values.bereich.filter((v) => v !== id) : [...values.bereich, id] });
  return (
    <section className="report-options no-print" aria-labelledby="report-options-title">
      <h2 id="report-options-title" className="visually-hidden">
        {t.options}
      </h2>
      <div className="report-options__print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t.print}
        </button>
        <p className="muted">{t.printHint}</p>
      </div>
      {meetings && dataDate ? (
        <label className="report-options__stand">
          <span>{t.standLabel}</span>
          <select value={values.stand} onChange={(event) => update({ stand: event.currentTarget.value })}>
            <option value="">{t.standLiveOption({ date: formatDate(dataDate, lang) })}</option>
            {[...meetings].reverse().map((m) => (
              <option key={m.id} value={m.id}>
                {t.standMeetingOption({ date: formatDate(m.date, lang) })}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {workAreas && workAreas.length > 1 ? (
        <fieldset className="report-options__areas">
          <legend>{t.areasLegend}</legend>
          <ul className="inline-list">
            {workAreas.map((area) => (
              <li key={area.id}>
                <label>
                  <input type="checkbox" checked={chosen.has(area.id)} onChange={() => toggle(area.id)} /> {area.name}
                </label>
              </li>
            ))}
          </ul>
          {values.bereich.length > 0 ? (
            <button type="button" className="button button--ghost button--small" onClick={() => update({ bereich: [] })}>
              {t.allAreas}
            </button>
          ) : null}
        </fieldset>
      ) : null}
    </section>
  );
}

/**
 * The "Umsetzungsbericht": the whole state as an A4 document (Tischvorlage, PDF). On screen a
 * normal accessible page; on paper a cover, a summary, what changed since the last meeting, one
 * section per work area, the open agreements and a legend. `?bereich=` limits it to work areas,
 * `?stand=` pins it to a meeting's snapshot exactly as the deck does (src/lib/plan-stand.ts).
 */
export function ReportPage() {
  const t = useStore(reportMessages);
  const lang = useLanguage();
  const search = useSearchState(reportSearchSpec);
  const { values, update } = search;
  const plan = useQuery(planQuery());
  const workAreas = useQuery(workAreasQuery());
  const measures = useQuery(measuresQuery());
  const indicators = useQuery(indicatorsQuery());
  const meetings = useQuery(meetingsQuery());

  const pinnedId = values.stand || undefined;
  // Live data needs only the plan for its day; a pinned report waits for the meetings.
  const stand = useMemo(
    () => (plan.data && (meetings.data || !pinnedId) ? resolveStand(plan.data, meetings.data ?? [], pinnedId) : undefined),
    [plan.data, meetings.data, pinnedId],
  );
  const areaKey = values.bereich.join(',');
  const selected = useMemo(
    () => (workAreas.data ? selectAreas(workAreas.data, areaKey ? areaKey.split(',') : []) : undefined),
    [workAreas.data, areaKey],
  );
  // The measures as of the last background render: their first arrival (10,000 at scale) is sorted
  // into areas in a render that yields to input, not in the urgent one that brought them (~70 ms
  // at 10,000 here; with the rest of the page it made one task of up to 0.5 s, issue 12).
  const measuresData = useDeferredValue(measures.data);
  const areas = useMemo(
    () => (stand && selected && measuresData ? reportAreas(selected, measuresData, stand.pinned, stand.day) : undefined),
    [stand, selected, measuresData],
  );
  const totals = useMemo(() => (areas ? reportTotals(areas) : undefined), [areas]);

  const label = stand ? standText(stand.stand, t, lang) : undefined;
  usePrintStand(stand?.pinned ? label : undefined);

  const notices: string[] = [];
  const unknownMeeting = Boolean(meetings.data && pinnedId && !stand?.pinned);
  if (unknownMeeting) notices.push(t.unknownMeeting);
  const knownAreas = workAreas.data ? values.bereich.filter((id) => workAreas.data.some((a) => a.id === id)) : values.bereich;
  if (knownAreas.length < values.bereich.length) notices.push(t.unknownArea);
  const dismiss = () => update({ bereich: knownAreas, stand: unknownMeeting ? '' : values.stand }, { replace: true });

  const filtered = workAreas.data !== undefined && knownAreas.length > 0;
  const scope =
    selected && workAreas.data
      ? filtered
        ? selected.map(({ area }) => area.name).join(', ')
        : t.scopeAll({ count: workAreas.data.length })
      : '';

  const base: Needed = [
    ['plan', plan],
    ['workAreas', workAreas],
    ['measures', measures],
    ...(pinnedId ? ([['meetings', meetings]] as const) : []),
  ];
  const tooMany = totals !== undefined && totals.total > REPORT_ROW_LIMIT;

  return (
    <article className="page report">
      <PageHeading>{t.title}</PageHeading>
      <p className="report__intro no-print">{t.intro}</p>
      <SearchParamNotice invalid={search.invalid} notices={notices} onDismiss={dismiss} />
      <ReportOptions search={search} meetings={meetings.data} workAreas={workAreas.data} dataDate={plan.data?.dataDate} />

      <Requires needs={[['plan', plan], ...(pinnedId ? ([['meetings', meetings]] as const) : [])]}>
        {() => (plan.data && label ? <ReportCover plan={plan.data} standText={label} scope={scope} /> : null)}
      </Requires>

      <section className="report-section" aria-labelledby="report-summary">
        <h2 id="report-summary">{t.summaryTitle}</h2>
        <Requires needs={base}>
          {() =>
            areas && totals ? (
              <>
                <ReportSummary areas={areas} totals={totals} />
                {tooMany ? <NarrowNotice count={totals.total} areas={areas} stand={values.stand} /> : null}
              </>
            ) : null
          }
        </Requires>
      </section>

      <section className="report-section report-section--since" aria-labelledby="report-since">
        <h2 id="report-since">{t.sinceTitle}</h2>
        <Requires needs={[...base, ['meetings', meetings]]}>
          {() =>
            plan.data && meetings.data && areas ? (
              <SinceSection planData={plan.data} meetingList={meetings.data} pinnedId={pinnedId} areas={areas} />
            ) : null
          }
        </Requires>
      </section>

      <Requires needs={base}>
        {() =>
          areas && stand && plan.data
            ? areas.map((item) => (
                <AreaSection
                  key={item.area.id}
                  item={item}
                  partners={plan.data.partners}
                  indicators={indicators}
                  day={stand.day}
                  showTable={!tooMany}
                />
              ))
            : null
        }
      </Requires>

      <section className="report-section" aria-labelledby="report-agreements">
        <h2 id="report-agreements">{t.agreementsTitle}</h2>
        <Requires needs={[...base, ['meetings', meetings]]}>
          {() => {
            if (!meetings.data || !stand || !areas) return null;
            const ids = filtered ? new Set(areas.flatMap((a) => a.measures.map((r) => r.measure.id))) : undefined;
            return <ReportAgreements items={openAgreementsAt(meetings.data, stand.day, ids)} />;
          }}
        </Requires>
      </section>

      <section className="report-section report-section--legend" aria-labelledby="report-legend">
        <h2 id="report-legend">{t.legendTitle}</h2>
        <ReportLegend />
      </section>
    </article>
  );
}

/**
 * What changed since the last meeting, computed in its own component: once per plan, meetings and
 * areas (not on every render of the page, as each query's answer re-renders it), and in its own
 * step of React's render, which can yield before and after it (~25–100 ms at 10,000 measures).
 */
function SinceSection({
  planData,
  meetingList,
  pinnedId,
  areas,
}: {
  planData: Plan;
  meetingList: readonly Meeting[];
  pinnedId: string | undefined;
  areas: readonly ReportArea[];
}) {
  const { baseline, since } = useMemo(() => {
    const { baseline: meeting } = resolveStand(planData, meetingList, pinnedId);
    return { baseline: meeting, since: meeting ? reportSince(meeting, areas) : undefined };
  }, [planData, meetingList, pinnedId, areas]);
  return <ReportSinceView baseline={baseline} since={since} />;
}

/** Too many measures for tables: links that narrow the report to one work area each. */
function NarrowNotice({
  count,
  areas,
  stand,
}: {
  count: number;
  areas: ReadonlyArray<{ area: WorkArea; measures: readonly unknown[] }>;
  stand: string;
}) {
  const t = useStore(reportMessages);
  const lang = useLanguage();
  return (
    <div className="notice report-narrow" role="status">
      <p>{t.tooMany({ count: formatNumber(count, lang), limit: formatNumber(REPORT_ROW_LIMIT, lang) })}</p>
      <ul>
        {areas.map(({ area, measures }) => (
          <li key={area.id}>
            <Link href={reportHref({ bereich: [area.id], stand })}>
              {t.narrowTo({ area: area.name, count: formatNumber(measures.length, lang) })}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
