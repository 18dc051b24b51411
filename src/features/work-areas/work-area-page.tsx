import { useStore } from '@nanostores/react';
import { useQuery } from '@tanstack/react-query';
import { useId, type CSSProperties } from 'react';
import { Link } from 'wouter';
import { indicatorsQuery, measuresQuery, workAreasQuery } from '../../api/queries';
import type { Measure, WorkArea } from '../../api/schemas';
import { IndicatorFigure } from '../../components/indicator-figure';
import { NotFound } from '../../components/not-found';
import { PageHeading } from '../../components/page-heading';
import { PagedList } from '../../components/paged-list/paged-list';
import { PlanGate } from '../../components/plan-gate';
import { QueryState } from '../../components/query-state';
import { StatusBadge } from '../../components/status-badge';
import { StatusBar } from '../../components/status-bar';
import { useLanguage } from '../../i18n/i18n';
import { statusMessages } from '../../i18n/messages';
import { areaColorVar } from '../../lib/area-color';
import { formatDate } from '../../lib/format';
import { formatPercent } from '../../lib/format-number';
import { measuresHref } from '../../lib/measure-search';
import { paths } from '../../lib/paths';
import { averageProgress, countByStatus } from '../../lib/plan-stats';
import { groupByStatus, milestonesByDue, type MilestoneItem } from './work-area-stats';
import { workAreaMessages } from './messages';
import './work-area.css';

const skeleton = <div className="skeleton" aria-hidden="true" />;

/** Per list: the seed's largest group has 13 measures, so a normal plan shows everything at once. */
const PAGE_SIZE = 50;

function WorkAreaMeasures({ area }: { area: WorkArea }) {
  const t = useStore(workAreaMessages);
  const ts = useStore(statusMessages);
  const lang = useLanguage();
  const headingId = useId();
  const measures = useQuery(measuresQuery());
  return (
    <section className="work-area__section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.measuresHeading}</h2>
      <QueryState query={measures} what="measures" skeleton={skeleton}>
        {(all) => {
          const own = all.filter((m) => m.workAreaId === area.id);
          if (own.length === 0) return <p className="state state--empty">{t.measuresEmpty}</p>;
          const progress = averageProgress(own);
          return (
            <>
              <div className="work-area__summary">
                <StatusBar counts={countByStatus(own)} label={t.statusLabel} />
                <p>
                  {ts.measureCount(own.length)} ·{' '}
                  {t.progress({ percent: progress === undefined ? '–' : formatPercent(progress, lang) })}
                </p>
                <p>
                  <Link href={measuresHref({ bereich: [area.id] })}>{t.openList}</Link>
                </p>
              </div>
              <div className="work-area__groups">
                {groupByStatus(own).map((group) => (
                  <section key={group.status} className={`work-area__group work-area__group--${group.status}`}>
                    <h3 id={`${headingId}-${group.status}`}>
                      <StatusBadge status={group.status} />{' '}
                      <span className="work-area__group-count">({group.measures.length})</span>
                    </h3>
                    {/* Named after its heading, so a screen reader's list navigation says which status. */}
                    <PagedList
                      items={group.measures}
                      pageSize={PAGE_SIZE}
                      keyOf={(m) => m.id}
                      className="work-area__measures"
                      labelledBy={`${headingId}-${group.status}`}
                    >
                      {(m) => (
                        <>
                          <Link href={paths.measure(m.id)}>
                            <span className="work-area__code">{m.id}</span> {m.title}
                          </Link>
                          <span className="work-area__progress">
                            {t.progressOf({ percent: formatPercent(m.progress, lang) })}
                          </span>
                        </>
                      )}
                    </PagedList>
                  </section>
                ))}
              </div>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}

function WorkAreaIndicators({ area }: { area: WorkArea }) {
  const t = useStore(workAreaMessages);
  const headingId = useId();
  const indicators = useQuery(indicatorsQuery());
  return (
    <section className="work-area__section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.indicatorsHeading}</h2>
      <QueryState
        query={indicators}
        what="indicators"
        skeleton={skeleton}
        isEmpty={(list) => !list.some((i) => i.workAreaId === area.id)}
        empty={<p className="state state--empty">{t.indicatorsEmpty}</p>}
      >
        {(list) => (
          <ul className="work-area__indicators">
            {list
              .filter((i) => i.workAreaId === area.id)
              .map((indicator) => (
                <li key={indicator.id}>
                  <IndicatorFigure indicator={indicator} />
                </li>
              ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}

function MilestoneList({ items, empty, overdue }: { items: MilestoneItem[]; empty: string; overdue: boolean }) {
  const t = useStore(workAreaMessages);
  const lang = useLanguage();
  if (items.length === 0) return <p className="work-area__muted">{empty}</p>;
  return (
    <PagedList
      items={items}
      pageSize={PAGE_SIZE}
      keyOf={(item) => `${item.measure.id}-${item.milestone.due}-${item.milestone.title}`}
      className="work-area__milestones"
    >
      {(item) => (
        <>
          <span className="work-area__milestone-title">{item.milestone.title}</span>
          <span className={overdue ? 'work-area__due work-area__due--overdue' : 'work-area__due'}>
            {overdue ? <span aria-hidden="true">! </span> : null}
            {t.dueOn({ date: formatDate(item.milestone.due, lang) })} ·{' '}
            {overdue ? t.overdueBy(-item.days) : item.days === 0 ? t.dueToday : t.dueIn(item.days)}
          </span>
          <Link href={paths.measure(item.measure.id)} className="work-area__milestone-measure">
            <span className="work-area__code">{item.measure.id}</span> {item.measure.title}
          </Link>
        </>
      )}
    </PagedList>
  );
}

function WorkAreaMilestones({ area }: { area: WorkArea }) {
  const t = useStore(workAreaMessages);
  const lang = useLanguage();
  const headingId = useId();
  const measures = useQuery(measuresQuery());
  return (
    <section className="work-area__section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.milestonesHeading}</h2>
      <PlanGate message={t.needsPlan} skeleton={skeleton}>
        {(p) => (
          <QueryState query={measures} what="measures" skeleton={skeleton}>
            {(all) => {
              const own: Measure[] = all.filter((m) => m.workAreaId === area.id);
              const { overdue, upcoming } = milestonesByDue(own, p.dataDate);
              return (
                <>
                  <p className="work-area__muted">{t.milestonesIntro({ date: formatDate(p.dataDate, lang) })}</p>
                  <div className="work-area__milestone-columns">
                    <div>
                      <h3>{t.overdueHeading}</h3>
                      <MilestoneList items={overdue} empty={t.overdueEmpty} overdue />
                    </div>
                    <div>
                      <h3>{t.upcomingHeading}</h3>
                      <MilestoneList items={upcoming} empty={t.upcomingEmpty} overdue={false} />
                    </div>
                  </div>
                </>
              );
            }}
          </QueryState>
        )}
      </PlanGate>
    </section>
  );
}

function BackToOverview() {
  const t = useStore(workAreaMessages);
  return (
    <p className="work-area__kicker">
      <Link href={paths.overview}>{t.backToOverview}</Link>
    </p>
  );
}

function WorkAreaView({ area, index }: { area: WorkArea; index: number }) {
  return (
    <div className="page work-area" style={{ '--area-color': areaColorVar(area.colorToken, index) } as CSSProperties}>
      <BackToOverview />
      <PageHeading>{area.name}</PageHeading>
      {area.description ? <p className="work-area__description">{area.description}</p> : null}
      <WorkAreaMeasures area={area} />
      <WorkAreaIndicators area={area} />
      <WorkAreaMilestones area={area} />
    </div>
  );
}

/** /handlungsfelder/:id — one work area: its measures by status, indicators and milestones. */
export function WorkAreaPage({ id }: { id: string }) {
  const t = useStore(workAreaMessages);
  const areas = useQuery(workAreasQuery());
  const list = areas.data;
  if (list === undefined) {
    // Loading or failed: the view still has its heading and a way back, not just a spinner or an error box.
    return (
      <div className="page work-area">
        <BackToOverview />
        <PageHeading>{t.loadingTitle}</PageHeading>
        <QueryState query={areas} what="workAreas" skeleton={skeleton}>
          {() => null}
        </QueryState>
      </div>
    );
  }
  const index = list.findIndex((a) => a.id === id);
  const area = list[index];
  if (!area) {
    return (
      <NotFound title={t.notFoundTitle} text={t.notFoundText({ id })} backHref={paths.overview} backLabel={t.backToOverview} />
    );
  }
  return <WorkAreaView key={area.id} area={area} index={index} />;
}
