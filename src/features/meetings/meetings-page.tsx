import { useStore } from '@nanostores/react';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import * as z from 'zod/mini';
import { measuresQuery, meetingsQuery, planQuery, workAreasQuery } from '../../api/queries';
import type { Agreement, Measure, Meeting, Plan, WorkArea } from '../../api/schemas';
import { PageHeading } from '../../components/page-heading';
import { QueryState } from '../../components/query-state';
import { SearchParamNotice } from '../../components/search-param-notice';
import { useLanguage, type Language } from '../../i18n/i18n';
import { stateMessages, statusMessages } from '../../i18n/messages';
import { reportHref } from '../../lib/report-search';
import { deckHref } from '../../lib/deck-search';
import { formatDate, formatNumber, formatPercent } from '../../lib/format';
import { compareWith, isAgreementOverdue, type ComparePoint } from '../../lib/meeting-compare';
import { paths } from '../../lib/paths';
import { lastMeetingOnOrBefore } from '../../lib/plan-stats';
import { param, useSearchState, type SearchState } from '../../lib/search-params';
import { meetingsMessages } from './messages';
import './meetings.css';

const NOW = 'jetzt';
const pointId = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));

/** `?von=sg-2025&bis=jetzt`: a meeting id or "jetzt" (the data date). Empty = the default. */
const meetingsSearchSpec = {
  von: param.one(pointId, ''),
  bis: param.one(pointId, ''),
};

type Texts = ReturnType<typeof meetingsMessages.get>;

/** The current URL (path + search), so the deck's Esc comes back here with the same comparison. */
function useHere(): string {
  const [location] = useLocation();
  const search = useSearch();
  return `${location}${search ? `?${search}` : ''}`;
}

export function MeetingsPage() {
  const t = useStore(meetingsMessages);
  const search = useSearchState(meetingsSearchSpec);
  const here = useHere();
  const meetings = useQuery(meetingsQuery());
  const plan = useQuery(planQuery());
  const measures = useQuery(measuresQuery());
  const workAreas = useQuery(workAreasQuery());

  const bisMeeting = search.values.bis && search.values.bis !== NOW ? search.values.bis : '';
  const knownBis = meetings.data?.some((m) => m.id === bisMeeting) ? bisMeeting : '';

  return (
    <section className="page meetings-page">
      <PageHeading>{t.title}</PageHeading>
      <p className="meetings-page__intro">{t.intro}</p>
      <p>
        <Link className="button" href={deckHref({ stand: knownBis, zurueck: here })}>
          <span aria-hidden="true">▶ </span>
          {t.showDeck}
        </Link>{' '}
        <Link className="button button--ghost" href={reportHref({ stand: knownBis })}>
          {t.showReport}
        </Link>
      </p>
      <SearchParamNotice invalid={search.invalid} onDismiss={search.clearInvalid} />

      <section aria-labelledby="meetings-compare" className="meetings-section">
        <h2 id="meetings-compare">{t.compareTitle}</h2>
        <QueryState query={meetings} what="meetings">
          {(meetingList) => (
            <QueryState query={plan} what="plan">
              {(planData) => (
                <QueryState query={measures} what="measures">
                  {(measureList) => (
                    <QueryState query={workAreas} what="workAreas">
                      {(areas) => (
                        <MeetingsComparison
                          meetings={meetingList}
                          plan={planData}
                          measures={measureList}
                          workAreas={areas}
                          search={search}
                        />
                      )}
                    </QueryState>
                  )}
                </QueryState>
              )}
            </QueryState>
          )}
        </QueryState>
      </section>

      <section aria-labelledby="meetings-list" className="meetings-section">
        <h2 id="meetings-list">{t.listTitle}</h2>
        <QueryState
          query={meetings}
          what="meetings"
          isEmpty={(list) => list.length === 0}
          empty={<p className="state state--empty">{t.noMeetings}</p>}
        >
          {(list) => (
            <ol className="meetings-list">
              {[...list].reverse().map((meeting) => (
                <li key={meeting.id}>
                  <MeetingCard
                    meeting={meeting}
                    dataDate={plan.data?.dataDate}
                    measures={measures.data}
                    deckLink={deckHref({ stand: meeting.id, zurueck: here })}
                  />
                </li>
              ))}
            </ol>
          )}
        </QueryState>
      </section>
    </section>
  );
}

type MeetingsSearch = SearchState<typeof meetingsSearchSpec>;

function pointLabel(point: ComparePoint, t: Texts, lang: Language): string {
  return point.kind === 'now'
    ? t.nowShort({ date: formatDate(point.date, lang) })
    : t.meetingOption({ title: point.meeting.title, date: formatDate(point.meeting.date, lang) });
}

function MeetingsComparison({
  meetings,
  plan,
  measures,
  workAreas,
  search,
}: {
  meetings: Meeting[];
  plan: Plan;
  measures: Measure[];
  workAreas: WorkArea[];
  search: MeetingsSearch;
}) {
  const t = useStore(meetingsMessages);
  const tState = useStore(stateMessages);
  const lang = useLanguage();
  const fromId = useId();
  const toId = useId();
  const latest = lastMeetingOnOrBefore(meetings, plan.dataDate);
  if (!latest) return <p className="state state--empty">{t.noComparison}</p>;

  const resolve = (id: string): ComparePoint | undefined => {
    if (id === NOW) return { kind: 'now', date: plan.dataDate };
    const meeting = meetings.find((m) => m.id === id);
    return meeting ? { kind: 'meeting', meeting } : undefined;
  };
  const { von, bis } = search.values;
  const from = (von && resolve(von)) || { kind: 'meeting' as const, meeting: latest };
  const to = (bis && resolve(bis)) || { kind: 'now' as const, date: plan.dataDate };
  const unknown = (von !== '' && !resolve(von)) || (bis !== '' && !resolve(bis));
  const fromValue = from.kind === 'now' ? NOW : from.meeting.id;
  const toValue = to.kind === 'now' ? NOW : to.meeting.id;
  const fromDate = from.kind === 'now' ? from.date : from.meeting.date;
  const toDate = to.kind === 'now' ? to.date : to.meeting.date;

  const { changes, areas } = compareWith(from, to, measures, workAreas);
  const byId = new Map(measures.map((m) => [m.id, m]));
  const options = [
    ...meetings.map((m) => ({ value: m.id, label: t.meetingShort({ number: m.number, date: formatDate(m.date, lang) }) })),
    { value: NOW, label: t.now({ date: formatDate(plan.dataDate, lang) }) },
  ];
  const fromLabel = pointLabel(from, t, lang);
  const toLabel = pointLabel(to, t, lang);

  const groups = [
    { key: 'completed', title: t.completed, ids: changes.completed },
    { key: 'started', title: t.started, ids: changes.started },
    { key: 'delayed', title: t.delayed, ids: changes.delayed },
    { key: 'recovered', title: t.recovered, ids: changes.recovered },
  ] as const;

  return (
    <div className="meetings-compare">
      {unknown ? (
        <div className="notice" role="status">
          <p>{t.unknownMeeting}</p>
          <button
            type="button"
            className="button button--small"
            onClick={() => search.update({ von: resolve(von) ? von : '', bis: resolve(bis) ? bis : '' }, { replace: true })}
          >
            {tState.dismiss}
          </button>
        </div>
      ) : null}
      <div className="meetings-compare__pickers">
        <label htmlFor={fromId}>{t.from}</label>
        <select id={fromId} value={fromValue} onChange={(e) => search.update({ von: e.target.value })}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <label htmlFor={toId}>{t.to}</label>
        <select id={toId} value={toValue} onChange={(e) => search.update({ bis: e.target.value })}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <p className="meetings-compare__summary" role="status">
        {t.compareSummary({ from: fromLabel, to: toLabel })}
      </p>
      {fromValue === toValue ? <p className="notice">{t.sameMeeting}</p> : null}
      {fromValue !== toValue && fromDate > toDate ? <p className="notice">{t.reversed}</p> : null}
      <div className="meetings-compare__groups">
        {groups.map((group) => (
          <section key={group.key} className={`meetings-group meetings-group--${group.key}`} aria-labelledby={`mg-${group.key}`}>
            <h3 id={`mg-${group.key}`}>
              {group.title}: {t.changedCount(group.ids.length)}
            </h3>
            {group.ids.length === 0 ? <p className="muted">{t.none}</p> : <MeetingsChangeList ids={group.ids} titleOf={byId} />}
          </section>
        ))}
      </div>
      <div className="table-scroll">
        <table className="data-table meetings-progress">
          <caption>
            <strong>{t.progressTitle}</strong>
            <span className="muted"> – {t.progressCaption({ from: fromLabel, to: toLabel })}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.workArea}</th>
              <th scope="col" className="num">
                {t.before}
              </th>
              <th scope="col" className="num">
                {t.after}
              </th>
              <th scope="col" className="num">
                {t.change}
              </th>
            </tr>
          </thead>
          <tbody>
            {areas.map((row) => (
              <tr key={row.area.id}>
                <th scope="row">
                  <Link href={paths.workArea(row.area.id)}>{row.area.name}</Link>
                </th>
                <td className="num">{row.before === undefined ? '–' : formatPercent(row.before, lang)}</td>
                <td className="num">{row.after === undefined ? '–' : formatPercent(row.after, lang)}</td>
                <td className="num">
                  {row.before === undefined || row.after === undefined
                    ? '–'
                    : t.points({
                        sign: row.delta > 0 ? '+' : row.delta < 0 ? '−' : '±',
                        value: formatNumber(Math.abs(row.delta), lang),
                      })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Long lists (e.g. thousands of measures at scale) show the first ones and a button for the rest. */
const LIST_PREVIEW = 12;

function MeetingsChangeList({ ids, titleOf }: { ids: string[]; titleOf: Map<string, Measure> }) {
  const t = useStore(meetingsMessages);
  const [all, setAll] = useState(false);
  const shown = all ? ids : ids.slice(0, LIST_PREVIEW);
  return (
    <>
      <ul>
        {shown.map((id) => (
          <li key={id}>
            <Link href={paths.measure(id)}>
              <span className="meetings-code">{id}</span> {titleOf.get(id)?.title ?? ''}
            </Link>
          </li>
        ))}
      </ul>
      {shown.length < ids.length ? (
        <button type="button" className="button button--small button--ghost" onClick={() => setAll(true)}>
          {t.showAll({ count: ids.length })}
        </button>
      ) : null}
    </>
  );
}

function agreementStatusText(agreement: Agreement, ts: ReturnType<typeof statusMessages.get>): string {
  if (agreement.status === 'done') return ts.agreementDone;
  return agreement.status === 'in_progress' ? ts.agreementInProgress : ts.agreementOpen;
}

const agreementGlyph = { done: '✓', in_progress: '▶', open: '○' } as const;

function MeetingCard({
  meeting,
  dataDate,
  measures,
  deckLink,
}: {
  meeting: Meeting;
  dataDate: string | undefined;
  measures: Measure[] | undefined;
  deckLink: string;
}) {
  const t = useStore(meetingsMessages);
  const ts = useStore(statusMessages);
  const lang = useLanguage();
  const headingId = useId();
  const titleOf = new Map((measures ?? []).map((m) => [m.id, m.title]));
  return (
    <article className="meeting-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{meeting.title}</h3>
      <dl className="meeting-card__facts">
        <div>
          <dt>{t.date}</dt>
          <dd>
            <time dateTime={meeting.date}>{formatDate(meeting.date, lang, 'long')}</time>
            {meeting.illustrative ? <span className="badge meeting-card__badge">{t.illustrative}</span> : null}
          </dd>
        </div>
        <div>
          <dt>{t.place}</dt>
          <dd>{meeting.place}</dd>
        </div>
        <div>
          <dt>{t.participants}</dt>
          <dd>{meeting.participants.join(', ')}</dd>
        </div>
      </dl>
      <h4>{t.topics}</h4>
      <ul className="meeting-card__topics">
        {meeting.topics.map((topic, i) => (
          <li key={`${i}-${topic}`}>{topic}</li>
        ))}
      </ul>
      <h4>{t.agreements}</h4>
      {meeting.agreements.length === 0 ? (
        <p className="muted">{t.noAgreements}</p>
      ) : (
        <ul className="meeting-agreements">
          {meeting.agreements.map((agreement) => {
            const overdue = dataDate !== undefined && isAgreementOverdue(agreement, dataDate);
            return (
              <li key={agreement.id} className={`meeting-agreement${overdue ? ' meeting-agreement--overdue' : ''}`}>
                <p className="meeting-agreement__text">{agreement.text}</p>
                <dl className="meeting-agreement__meta">
                  <div>
                    <dt>{t.owner}</dt>
                    <dd>{agreement.owner}</dd>
                  </div>
                  <div>
                    <dt>{t.due}</dt>
                    <dd>
                      <time dateTime={agreement.due}>{formatDate(agreement.due, lang)}</time>
                      {overdue ? (
                        <strong className="meeting-agreement__overdue">
                          {' '}
                          <span aria-hidden="true">! </span>
                          {t.overdue}
                        </strong>
                      ) : null}
                    </dd>
                  </div>
                  <div>
                    <dt>{t.status}</dt>
                    <dd className={`meeting-agreement__status meeting-agreement__status--${agreement.status}`}>
                      <span aria-hidden="true">{agreementGlyph[agreement.status]} </span>
                      {agreementStatusText(agreement, ts)}
                    </dd>
                  </div>
                  {agreement.measureIds.length > 0 ? (
                    <div>
                      <dt>{t.measures}</dt>
                      <dd>
                        <ul className="meeting-agreement__measures">
                          {agreement.measureIds.map((id) => (
                            <li key={id}>
                              <Link href={paths.measure(id)}>
                                <span className="meetings-code">{id}</span>
                                {titleOf.has(id) ? ` ${titleOf.get(id) ?? ''}` : ''}
                              </Link>
                            </li>
                          ))}
                        </ul>
                      </dd>
                    </div>
                  ) : null}
                </dl>
              </li>
            );
          })}
        </ul>
      )}
      <p>
        <Link href={deckLink}>
          <span aria-hidden="true">▶ </span>
          {t.showDeckPinned({ date: formatDate(meeting.date, lang) })}
        </Link>
      </p>
    </article>
  );
}
