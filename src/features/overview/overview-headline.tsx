import { useStore } from '@nanostores/react';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { measuresQuery, meetingsQuery, planQuery } from '../../api/queries';
import type { Measure } from '../../api/schemas';
import { QueryState } from '../../components/query-state';
import { useLanguage } from '../../i18n/i18n';
import { statusMessages } from '../../i18n/messages';
import { formatDate } from '../../lib/format';
import { formatNumber, formatPercent } from '../../lib/format-number';
import { formatPercentOrDash } from '../../lib/format-figure';
import { statusColorVar, statusGlyph } from '../../lib/status-style';
import { OverviewChangeList } from './overview-changes';
import { PlanGate } from '../../components/plan-gate';
import { changesSinceLastMeeting, headlineFigures } from './overview-stats';
import { overviewMessages } from './messages';

function OverviewDataDate() {
  const t = useStore(overviewMessages);
  const lang = useLanguage();
  const plan = useQuery(planQuery());
  return (
    <div className="overview-figure">
      <dt>{t.dataDate}</dt>
      <dd className="overview-figure__value overview-figure__value--date">
        {plan.data ? formatDate(plan.data.dataDate, lang) : plan.isError ? '–' : '…'}
      </dd>
    </div>
  );
}

function OverviewFigures({ measures }: { measures: readonly Measure[] }) {
  const t = useStore(overviewMessages);
  const ts = useStore(statusMessages);
  const lang = useLanguage();
  const f = headlineFigures(measures);
  const statusTiles = [
    { status: 'completed', count: f.counts.completed, share: f.completedShare },
    { status: 'in_progress', count: f.counts.in_progress, share: f.inProgressShare },
    { status: 'delayed', count: f.counts.delayed, share: f.delayedShare },
  ] as const;
  return (
    <dl className="overview-figures" data-testid="overview-figures">
      <div className="overview-figure overview-figure--total">
        <dt>{t.total}</dt>
        <dd className="overview-figure__value">{formatNumber(f.total, lang)}</dd>
      </div>
      {statusTiles.map((tile) => (
        <div key={tile.status} className={`overview-figure overview-figure--${tile.status}`}>
          <dt>
            <span aria-hidden="true" className="overview-figure__glyph" style={{ color: statusColorVar(tile.status) }}>
              {statusGlyph[tile.status]}
            </span>{' '}
            {ts[tile.status]}
          </dt>
          <dd className="overview-figure__value">{formatNumber(tile.count, lang)}</dd>
          <dd className="overview-figure__sub">
            {t.shareOfTotal({ percent: formatPercentOrDash(tile.share, lang, { isShare: true }) })}
          </dd>
        </div>
      ))}
      <div className="overview-figure">
        <dt>{t.progress}</dt>
        <dd className="overview-figure__value">{f.progress === undefined ? '–' : formatPercent(f.progress, lang)}</dd>
        {f.progress === undefined ? <dd className="overview-figure__sub">{t.progressNone}</dd> : null}
      </div>
      <OverviewDataDate />
    </dl>
  );
}

/** The "since the last meeting" block while it waits: its own loading state and part of the headline's. */
const sinceSkeleton = <div className="skeleton overview-since__skeleton" aria-hidden="true" />;

function OverviewSince({ measures }: { measures: readonly Measure[] }) {
  const t = useStore(overviewMessages);
  const lang = useLanguage();
  const meetings = useQuery(meetingsQuery());
  return (
    <PlanGate message={t.needsPlan} skeleton={sinceSkeleton}>
      {(p) => (
        <QueryState query={meetings} what="meetings" skeleton={sinceSkeleton}>
          {(list) => {
            const change = changesSinceLastMeeting(measures, list, p.dataDate);
            if (!change) return <p className="overview-since overview-since--none">{t.noMeeting}</p>;
            return (
              <div className="overview-since">
                <h3 className="overview-since__heading">
                  {t.sinceHeading({ number: change.meeting.number, date: formatDate(change.meeting.date, lang) })}
                </h3>
                <OverviewChangeList change={change} className="overview-changes--headline" />
              </div>
            );
          }}
        </QueryState>
      )}
    </PlanGate>
  );
}

/** Headline figures: the ten-second answer to "where do we stand?". */
export function OverviewHeadline() {
  const t = useStore(overviewMessages);
  const headingId = useId();
  const measures = useQuery(measuresQuery());
  return (
    <section className="overview-headline" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t.headlineHeading}
      </h2>
      <QueryState
        query={measures}
        what="measures"
        // Both blocks the data fills (figures, then changes since the last meeting): a skeleton for
        // the figures alone let everything below jump by the second block (Lighthouse CLS).
        skeleton={
          <>
            <div className="skeleton overview-figures__skeleton" aria-hidden="true" />
            {sinceSkeleton}
          </>
        }
      >
        {(list) => (
          <>
            <OverviewFigures measures={list} />
            <OverviewSince measures={list} />
          </>
        )}
      </QueryState>
    </section>
  );
}
