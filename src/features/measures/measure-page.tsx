import { useStore } from '@nanostores/react';
import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useId } from 'react';
import { Link } from 'wouter';
import { isApiError } from '../../api/api-error';
import { indicatorsQuery, measureQuery, planQuery, workAreasQuery } from '../../api/queries';
import type { Indicator, Measure, Milestone, Plan, WorkArea } from '../../api/schemas';
import { IndicatorFigure } from '../../components/indicator-figure';
import { NotFound } from '../../components/not-found';
import { PageHeading } from '../../components/page-heading';
import { LookupFailure, QueryState } from '../../components/query-state';
import { SafeLink } from '../../components/safe-link';
import { StatusBadge } from '../../components/status-badge';
import { useLanguage } from '../../i18n/i18n';
import { compareDays, formatDate } from '../../lib/format';
import { formatPercent } from '../../lib/format-number';
import { measuresHref } from '../../lib/measure-search';
import { paths } from '../../lib/paths';
import { isOverdue } from './filter-measures';
import { measureMessages } from './messages';
import { milestoneState, newestFirst, isStale } from './measure-details';
import './measures.css';

function ProgressBar({ value }: { value: number }) {
  const t = useStore(measureMessages);
  const lang = useLanguage();
  const id = useId();
  return (
    <div className="measure-progress">
      <span id={id} className="visually-hidden">
        {t.progress}
      </span>
      <div
        className="measure-progress__track"
        role="progressbar"
        aria-labelledby={id}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={formatPercent(value, lang)}
      >
        <div className="measure-progress__fill" style={{ width: `${value}%` }} />
      </div>
      <span className="measure-progress__value">{formatPercent(value, lang)}</span>
    </div>
  );
}

function Flag({ children, kind }: { children: string; kind: 'overdue' | 'stale' }) {
  return (
    <span className={`measure-flag measure-flag--${kind}`}>
      <span aria-hidden="true">⚠</span>
      {children}
    </span>
  );
}

function Milestones({ milestones, dataDate }: { milestones: Milestone[]; dataDate: string | undefined }) {
  const t = useStore(measureMessages);
  const lang = useLanguage();
  if (milestones.length === 0) return <p className="state state--empty">{t.noMilestones}</p>;
  const sorted = [...milestones].sort((a, b) => compareDays(a.due, b.due));
  return (
    <ol className="measure-milestones">
      {sorted.map((milestone, index) => {
        const state = milestoneState(milestone, dataDate);
        const text =
          state === 'done'
            ? milestone.doneOn
              ? t.milestoneDone({ date: formatDate(milestone.doneOn, lang) })
              : t.milestoneDoneUndated
            : state === 'overdue'
              ? t.milestoneOverdue({ date: formatDate(milestone.due, lang) })
              : t.milestoneOpen({ date: formatDate(milestone.due, lang) });
        return (
          <li key={`${milestone.due}-${index}`}>
            <span aria-hidden="true" className={`measure-milestones__glyph measure-milestones__glyph--${state}`}>
              {state === 'done' ? '✓' : state === 'overdue' ? '!' : '○'}
            </span>
            <span>
              {milestone.title}
              <span className={`measure-milestones__state measure-milestones__state--${state}`}>{text}</span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}

function Timeline({ measure }: { measure: Measure }) {
  const t = useStore(measureMessages);
  const lang = useLanguage();
  if (measure.updates.length === 0) return <p className="state state--empty">{t.noUpdates}</p>;
  return (
    <ol className="measure-timeline">
      {newestFirst(measure.updates).map((update, index) => (
        <li key={`${update.date}-${index}`}>
          <time dateTime={update.date}>{formatDate(update.date, lang, 'long')}</time>
          <p>{update.text}</p>
          <p className="measure-timeline__after">
            {t.statusAfter} <StatusBadge status={update.statusAfter} />
          </p>
        </li>
      ))}
    </ol>
  );
}

function LinkedIndicators({ ids, query }: { ids: string[]; query: UseQueryResult<Indicator[]> }) {
  const t = useStore(measureMessages);
  if (ids.length === 0) return <p className="state state--empty">{t.noIndicators}</p>;
  return (
    <QueryState query={query} what="indicators">
      {(indicators) => {
        const linked = indicators.filter((indicator) => ids.includes(indicator.id));
        if (linked.length === 0) return <p className="state state--empty">{t.noIndicators}</p>;
        return (
          <div className="measure-indicators">
            {linked.map((indicator) => (
              <IndicatorFigure key={indicator.id} indicator={indicator} compact />
            ))}
          </div>
        );
      }}
    </QueryState>
  );
}

interface DetailsProps {
  measure: Measure;
  plan: UseQueryResult<Plan>;
  workAreas: UseQueryResult<WorkArea[]>;
  indicators: UseQueryResult<Indicator[]>;
}

/**
 * A name looked up by id: the name; while the lookup loads, an ellipsis; when it failed, that it is
 * not available (the notice above says why); for an id the data does not know, the id marked as
 * unknown. Never a bare id that reads like a name ("Federführung: stadt").
 */
function lookupText(name: string | undefined, id: string, loaded: boolean, failed: boolean, t: MeasureTexts): string {
  if (name !== undefined) return name;
  if (failed) return t.unavailable;
  if (!loaded) return '…';
  return t.unknownId({ id });
}

type MeasureTexts = ReturnType<typeof measureMessages.get>;

function MeasureDetails({ measure, plan, workAreas, indicators }: DetailsProps) {
  const t = useStore(measureMessages);
  const lang = useLanguage();
  const dataDate = plan.data?.dataDate;
  const planFailed = plan.data === undefined && plan.isError;
  const areasFailed = workAreas.data === undefined && workAreas.isError;
  const area = workAreas.data?.find((a) => a.id === measure.workAreaId);
  const lead = plan.data?.partners.find((p) => p.id === measure.leadPartnerId);
  const overdue = dataDate !== undefined && isOverdue(measure, dataDate);
  const stale = dataDate !== undefined && isStale(measure, dataDate);
  // Without the Datenstand the marks cannot be computed: say so instead of leaving them out.
  const cannotCompute = planFailed ? <span className="measure-flag measure-flag--unknown">{t.notComputable}</span> : null;
  return (
    <>
      <LookupFailure query={plan} what="plan" consequence={t.planFailed} />
      <LookupFailure query={workAreas} what="workAreas" consequence={t.workAreasFailed} />
      <p className="measure-page__meta">
        <span>
          {t.id}: <strong>{measure.id}</strong>
        </span>
        <StatusBadge status={measure.status} />
        {area ? <Link href={paths.workArea(area.id)}>{area.name}</Link> : null}
      </p>
      {measure.summary ? <p className="measure-page__summary">{measure.summary}</p> : null}
      <div className="measure-page__grid">
        <div>
          <section className="measure-section" aria-labelledby="measure-facts">
            <h2 id="measure-facts">{t.facts}</h2>
            <dl className="measure-facts">
              <dt>{t.workArea}</dt>
              <dd>
                <Link href={paths.workArea(measure.workAreaId)}>
                  {lookupText(area?.name, measure.workAreaId, workAreas.data !== undefined, areasFailed, t)}
                </Link>
              </dd>
              <dt>{t.status}</dt>
              <dd>
                <StatusBadge status={measure.status} />
              </dd>
              <dt>{t.progress}</dt>
              <dd>
                <ProgressBar value={measure.progress} />
              </dd>
              <dt>{t.lead}</dt>
              <dd>{lookupText(lead?.name, measure.leadPartnerId, plan.data !== undefined, planFailed, t)}</dd>
              {measure.involvedUnits.length > 0 ? (
                <>
                  <dt>{t.involved}</dt>
                  <dd>
                    <ul>
                      {measure.involvedUnits.map((unit, index) => (
                        <li key={`${unit}-${index}`}>{unit}</li>
                      ))}
                    </ul>
                  </dd>
                </>
              ) : null}
              <dt>{t.start}</dt>
              <dd>{formatDate(measure.start, lang)}</dd>
              <dt>{t.due}</dt>
              <dd>
                {formatDate(measure.due, lang)}
                {overdue ? <Flag kind="overdue">{t.overdue}</Flag> : measure.status === 'completed' ? null : cannotCompute}
              </dd>
              <dt>{t.lastUpdated}</dt>
              <dd>
                {formatDate(measure.lastUpdated, lang)}
                {stale ? <Flag kind="stale">{t.stale}</Flag> : cannotCompute}
              </dd>
            </dl>
            {dataDate ? <p className="muted">{t.relativeToDataDate({ date: formatDate(dataDate, lang) })}</p> : null}
          </section>
          <section className="measure-section" aria-labelledby="measure-milestones">
            <h2 id="measure-milestones">{t.milestones}</h2>
            <Milestones milestones={measure.milestones} dataDate={dataDate} />
          </section>
          <section className="measure-section" aria-labelledby="measure-updates">
            <h2 id="measure-updates">{t.updates}</h2>
            <Timeline measure={measure} />
          </section>
        </div>
        <div>
          <section className="measure-section" aria-labelledby="measure-indicators">
            <h2 id="measure-indicators">{t.indicators}</h2>
            <LinkedIndicators ids={measure.indicatorIds} query={indicators} />
          </section>
          {measure.tags.length > 0 ? (
            <section className="measure-section" aria-labelledby="measure-tags">
              <h2 id="measure-tags">{t.tags}</h2>
              <ul className="measure-tags">
                {measure.tags.map((tag) => (
                  <li key={tag}>
                    <Link href={measuresHref({ tag: [tag] })}>
                      <span className="visually-hidden">{t.tagLinkPrefix} </span>
                      {tag}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {measure.links.length > 0 ? (
            <section className="measure-section" aria-labelledby="measure-links">
              <h2 id="measure-links">{t.links}</h2>
              <ul>
                {measure.links.map((link, index) => (
                  <li key={`${link.url}-${index}`}>
                    <SafeLink url={link.url}>{link.label}</SafeLink>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      </div>
    </>
  );
}

export function MeasurePage({ id }: { id: string }) {
  const t = useStore(measureMessages);
  const measure = useQuery(measureQuery(id, useQueryClient()));
  const plan = useQuery(planQuery());
  const workAreas = useQuery(workAreasQuery());
  const indicators = useQuery(indicatorsQuery());

  if (measure.data === undefined && isApiError(measure.error) && measure.error.kind === 'not-found') {
    return <NotFound title={t.notFoundTitle} text={t.notFoundText({ id })} backHref={paths.measures} backLabel={t.backToList} />;
  }
  return (
    <article className="page measure-page">
      <p className="measure-page__back">
        <Link href={paths.measures}>
          <span aria-hidden="true">← </span>
          {t.backToList}
        </Link>
      </p>
      <PageHeading>{measure.data?.title ?? t.heading({ id })}</PageHeading>
      <QueryState query={measure} what="measure">
        {(data) => <MeasureDetails measure={data} plan={plan} workAreas={workAreas} indicators={indicators} />}
      </QueryState>
    </article>
  );
}
