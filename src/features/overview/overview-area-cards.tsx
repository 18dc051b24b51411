import { useStore } from '@nanostores/react';
import { useQuery } from '@tanstack/react-query';
import { useId, type CSSProperties } from 'react';
import { Link } from 'wouter';
import { measuresQuery, meetingsQuery, planQuery, workAreasQuery } from '../../api/queries';
import type { Meeting } from '../../api/schemas';
import { QueriesState } from '../../components/queries-state';
import { StatusBar } from '../../components/status-bar';
import { useLanguage } from '../../i18n/i18n';
import { statusMessages } from '../../i18n/messages';
import { areaColorVar } from '../../lib/area-color';
import { formatPercent } from '../../lib/format-number';
import { measuresHref } from '../../lib/measure-search';
import { paths } from '../../lib/paths';
import { lastMeetingOnOrBefore } from '../../lib/plan-stats';
import { OverviewChangeList } from './overview-changes';
import { workAreaSummaries, type WorkAreaSummary } from './overview-stats';
import { overviewMessages } from './messages';

const DELAYED_SHOWN = 3;

/**
 * `lastMeeting`: the meeting to compare with; null when there was none yet; undefined while the
 * meetings (or the plan) are loading or failed — the headline shows that error once.
 */
function OverviewAreaCard({
  summary,
  index,
  lastMeeting,
}: {
  summary: WorkAreaSummary;
  index: number;
  lastMeeting: Meeting | null | undefined;
}) {
  const t = useStore(overviewMessages);
  const ts = useStore(statusMessages);
  const lang = useLanguage();
  const headingId = useId();
  const { area } = summary;
  const context = <span className="visually-hidden">{t.linkContext({ name: area.name })}</span>;
  return (
    <article
      className="area-card"
      aria-labelledby={headingId}
      style={{ '--area-color': areaColorVar(area.colorToken, index) } as CSSProperties}
      data-testid="area-card"
    >
      <h3 id={headingId} className="area-card__title">
        {area.name}
      </h3>
      {area.description ? <p className="area-card__description">{area.description}</p> : null}
      {summary.total === 0 ? (
        <p className="area-card__empty">{t.areaNoMeasures}</p>
      ) : (
        <>
          <p className="area-card__figures">
            <span>{ts.measureCount(summary.total)}</span>
            <span>
              {t.areaProgress} <strong>{summary.progress === undefined ? '–' : formatPercent(summary.progress, lang)}</strong>
            </span>
          </p>
          <div className="area-card__meter" aria-hidden="true">
            <span style={{ width: `${summary.progress ?? 0}%` }} />
          </div>
          <StatusBar counts={summary.counts} label={t.areaStatus({ name: area.name })} />
          <div className="area-card__section">
            <h4>{t.areaDelayedHeading}</h4>
            {summary.delayed.length === 0 ? (
              <p className="area-card__muted">{t.areaNoDelayed}</p>
            ) : (
              <>
                <ul className="area-card__delayed">
                  {summary.delayed.slice(0, DELAYED_SHOWN).map((m) => (
                    <li key={m.id}>
                      <Link href={paths.measure(m.id)} title={m.title}>
                        <span className="area-card__code">{m.id}</span> {m.title}
                      </Link>
                    </li>
                  ))}
                </ul>
                {summary.delayed.length > DELAYED_SHOWN ? (
                  <p className="area-card__more">
                    <Link href={measuresHref({ bereich: [area.id], status: ['delayed'] })}>
                      {t.areaDelayedMore(summary.delayed.length - DELAYED_SHOWN)}
                      {context}
                    </Link>
                  </p>
                ) : null}
              </>
            )}
          </div>
        </>
      )}
      <div className="area-card__section">
        <h4>{t.areaChangeHeading}</h4>
        {lastMeeting === null ? (
          <p className="area-card__muted">{t.noMeetingShort}</p>
        ) : summary.change ? (
          <OverviewChangeList change={summary.change} />
        ) : (
          <p className="area-card__muted">…</p>
        )}
      </div>
      <p className="area-card__links">
        <Link href={paths.workArea(area.id)} className="button button--small">
          {t.areaOpen}
          {context}
        </Link>
        <Link href={measuresHref({ bereich: [area.id] })} className="button button--ghost button--small">
          {t.areaList}
          {context}
        </Link>
      </p>
    </article>
  );
}

function CardsSkeleton() {
  return (
    <div className="overview-cards overview-cards--skeleton" aria-hidden="true">
      {[0, 1, 2].map((i) => (
        <div key={i} className="skeleton area-card__skeleton" />
      ))}
    </div>
  );
}

/** One status card per work area, as many as the API returns, in its order. */
export function OverviewAreaCards() {
  const t = useStore(overviewMessages);
  const headingId = useId();
  const areas = useQuery(workAreasQuery());
  const measures = useQuery(measuresQuery());
  const plan = useQuery(planQuery());
  const meetings = useQuery(meetingsQuery());
  const lastMeeting = plan.data && meetings.data ? (lastMeetingOnOrBefore(meetings.data, plan.data.dataDate) ?? null) : undefined;
  return (
    <section className="overview-areas" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.areasHeading}</h2>
      <QueriesState
        queries={{ workAreas: areas, measures }}
        skeleton={<CardsSkeleton />}
        isEmpty={(data) => data.workAreas.length === 0}
        empty={<p className="state state--empty">{t.areasEmpty}</p>}
      >
        {(data) => (
          <ul className="overview-cards">
            {workAreaSummaries(data.workAreas, data.measures, lastMeeting ?? undefined).map((summary, index) => (
              <li key={summary.area.id}>
                <OverviewAreaCard summary={summary} index={index} lastMeeting={lastMeeting} />
              </li>
            ))}
          </ul>
        )}
      </QueriesState>
    </section>
  );
}
