import { useStore } from '@nanostores/react';
import { useId, useState } from 'react';
import { Link } from 'wouter';
import type { Measure, Meeting, Plan, WorkArea } from '../../api/schemas';
import { useLanguage, type Language } from '../../i18n/i18n';
import { stateMessages } from '../../i18n/messages';
import { formatDate } from '../../lib/format';
import { formatNumber, formatPercent } from '../../lib/format-number';
import { compareWith, selectComparison, type ComparePoint } from '../../lib/meeting-compare';
import { meetingsSearchSpec, NOW } from '../../lib/meetings-search';
import { paths } from '../../lib/paths';
import type { SearchState } from '../../lib/search-params';
import { meetingsMessages } from './messages';

type Texts = ReturnType<typeof meetingsMessages.get>;

function pointLabel(point: ComparePoint, t: Texts, lang: Language): string {
  return point.kind === 'now'
    ? t.nowShort({ date: formatDate(point.date, lang) })
    : t.meetingOption({ title: point.meeting.title, date: formatDate(point.meeting.date, lang) });
}

function PointSelect({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </>
  );
}

/** The two pickers, what changed between the two points, and progress per work area (like for like). */
export function MeetingsComparison({
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
  search: SearchState<typeof meetingsSearchSpec>;
}) {
  const t = useStore(meetingsMessages);
  const tState = useStore(stateMessages);
  const lang = useLanguage();
  const selection = selectComparison(meetings, plan.dataDate, search.values);
  if (!selection) return <p className="state state--empty">{t.noComparison}</p>;
  const { from, to, fromValue, toValue } = selection;

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
      {selection.unknown ? (
        <div className="notice" role="status">
          <p>{t.unknownMeeting}</p>
          <button
            type="button"
            className="button button--small"
            onClick={() => search.update(selection.known, { replace: true })}
          >
            {tState.dismiss}
          </button>
        </div>
      ) : null}
      <div className="meetings-compare__pickers">
        <PointSelect label={t.from} value={fromValue} options={options} onChange={(von) => search.update({ von })} />
        <PointSelect label={t.to} value={toValue} options={options} onChange={(bis) => search.update({ bis })} />
      </div>
      <p className="meetings-compare__summary" role="status">
        {t.compareSummary({ from: fromLabel, to: toLabel })}
      </p>
      {selection.same ? <p className="notice">{t.sameMeeting}</p> : null}
      {selection.reversed ? <p className="notice">{t.reversed}</p> : null}
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
              <th scope="col" className="num">
                {t.added}
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
                <td className="num">{formatNumber(row.added, lang)}</td>
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
