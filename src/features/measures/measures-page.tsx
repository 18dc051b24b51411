import { useStore } from '@nanostores/react';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useEffect, useId, useLayoutEffect, useMemo, useRef } from 'react';
import { measuresQuery, planQuery, workAreasQuery } from '../../api/queries';
import type { Measure, Plan, WorkArea } from '../../api/schemas';
import { PageHeading } from '../../components/page-heading';
import { LookupFailure, QueryState } from '../../components/query-state';
import { SearchParamNotice } from '../../components/search-param-notice';
import { statusMessages } from '../../i18n/messages';
import { useLanguage } from '../../i18n/i18n';
import { downloadCsv } from '../../lib/csv';
import { formatNumber } from '../../lib/format-number';
import { measureSearchSpec, measureSortKeys } from '../../lib/measure-search';
import { useSearchState } from '../../lib/search-params';
import {
  cachedFilter,
  checkAgainstData,
  dueYearsOf,
  foldSearchTexts,
  indexMeasures,
  sortMeasures,
  tagsOf,
  type MeasureSort,
} from './filter-measures';
import { measuresCsv, measuresCsvFileName, measuresCsvLabels } from './measures-csv';
import { MeasuresChips, MeasuresFilterPanel, MeasuresSearchBox, type FilterChange } from './measures-filters';
import { chipsOf, clearedFilters, continuesTypingBurst, criteriaOf, type FilterValues } from './measures-view';
import { MeasuresPrint } from './measures-print';
import { MeasuresResults, useMeasuresNarrow } from './measures-results';
import { measuresMessages } from './messages';
import './measures.css';

interface BrowserProps {
  list: Measure[];
  values: FilterValues;
  sort: MeasureSort;
  onChange: FilterChange;
  plan: UseQueryResult<Plan>;
  workAreas: UseQueryResult<WorkArea[]>;
}

function MeasuresBrowser({ list, values, sort, onChange, plan, workAreas }: BrowserProps) {
  const t = useStore(measuresMessages);
  const ts = useStore(statusMessages);
  const lang = useLanguage();
  const narrow = useMeasuresNarrow();
  const id = useId();
  const { data: planData } = plan;
  const { data: areaList } = workAreas;
  const dataDate = planData?.dataDate;
  const partners = planData?.partners;

  // Once per data set: folded search text, names for sorting; then once per sort order.
  const rows = useMemo(() => indexMeasures(list, { workAreas: areaList, partners }), [list, areaList, partners]);
  const tags = useMemo(() => tagsOf(list), [list]);
  const dueYears = useMemo(() => dueYearsOf(list), [list]);
  const sorted = useMemo(() => sortMeasures(rows, sort), [rows, sort]);
  // The search text, folded after the first screen rather than in its render (see searchTextOf).
  useEffect(() => {
    const stop = new AbortController();
    void foldSearchTexts(rows, stop.signal);
    return () => stop.abort();
  }, [rows]);

  // Filtering is cheap (a few ms at 10,000: the search text is folded once per data set), drawing
  // the list is not. So the result count follows each keystroke in the same frame, and the list
  // follows at a lower priority, which keeps typing and ticking instant (issue 12: the count used
  // to wait for the list). useSearchState keeps unchanged values as the same arrays, so the
  // criteria change only when a filter does.
  const { bereich, status, partner, tag, faellig, ueberfaellig, q } = values;
  const criteria = useMemo(
    () => criteriaOf({ bereich, status, partner, tag, faellig, ueberfaellig, q }),
    [bereich, status, partner, tag, faellig, ueberfaellig, q],
  );
  const deferredCriteria = useDeferredValue(criteria);
  // One cache per sorted list: the deferred render gets the array the urgent one made (below).
  const filtered = useMemo(() => cachedFilter(sorted, dataDate), [sorted, dataDate]);
  const matching = filtered(criteria);
  const shown = filtered(deferredCriteria);

  const chips = chipsOf(values, { workAreas: areaList, partners }, { ...t, statusName: ts });
  const chipsRef = useRef<HTMLDivElement>(null);
  const countRef = useRef<HTMLParagraphElement>(null);
  const focusAfterRemoval = useRef(false);
  useLayoutEffect(() => {
    if (!focusAfterRemoval.current) return;
    focusAfterRemoval.current = false;
    (chipsRef.current ?? countRef.current)?.focus();
  });
  const removeChip: FilterChange = (patch) => {
    focusAfterRemoval.current = true;
    onChange(patch);
  };
  const reset = () => {
    focusAfterRemoval.current = true;
    onChange(clearedFilters);
  };
  const onSort = useCallback((next: MeasureSort) => onChange({ sort: next }), [onChange]);

  const exportCsv = () => {
    // What the filters say now, even if the list below has not caught up yet.
    const text = measuresCsv(matching, measuresCsvLabels(t, ts), dataDate);
    downloadCsv(measuresCsvFileName(dataDate), text);
  };

  const sortLabels = {
    id: t.colId,
    title: t.colTitle,
    workArea: t.colWorkArea,
    status: t.colStatus,
    progress: t.colProgress,
    lead: t.colLead,
    due: t.colDue,
  } satisfies Record<(typeof measureSortKeys)[number], string>;

  return (
    <div className="measures-layout">
      <section className="measures-filters" aria-labelledby={`${id}-filters`}>
        <h2 id={`${id}-filters`} className="measures-filters__heading">
          {t.filters}
        </h2>
        <MeasuresFilterPanel
          values={values}
          onChange={onChange}
          workAreas={workAreas}
          plan={plan}
          tags={tags}
          dueYears={dueYears}
        />
      </section>
      <div className="measures-main">
        <MeasuresSearchBox value={values.q} onChange={onChange} />
        <MeasuresChips ref={chipsRef} chips={chips} onChange={removeChip} onReset={reset} />
        <div className="measures-toolbar">
          <p className="measures-toolbar__count" role="status" aria-live="polite" ref={countRef} tabIndex={-1}>
            {t.resultCount({ shown: formatNumber(matching.length, lang), total: formatNumber(rows.length, lang) })}
          </p>
          {narrow ? (
            <label className="measures-toolbar__sort">
              {t.sortBy}
              <select value={sort} onChange={(event) => onSort(event.currentTarget.value as MeasureSort)}>
                {measureSortKeys.flatMap((key) => [
                  <option key={key} value={key}>
                    {sortLabels[key]} ({t.ascending})
                  </option>,
                  <option key={`-${key}`} value={`-${key}`}>
                    {sortLabels[key]} ({t.descending})
                  </option>,
                ])}
              </select>
            </label>
          ) : null}
          <button type="button" className="button button--ghost" onClick={exportCsv} disabled={matching.length === 0}>
            <span aria-hidden="true">⤓</span> {t.export}
          </button>
        </div>
        {shown.length === 0 ? (
          <div className="state state--empty measures-empty">
            <p>{t.noResults}</p>
            <button type="button" className="button" onClick={reset}>
              {t.resetAll}
            </button>
          </div>
        ) : (
          <MeasuresResults rows={shown} sort={sort} onSort={onSort} dataDate={dataDate} />
        )}
        <MeasuresPrint rows={matching} filters={chips.map((chip) => chip.label)} total={rows.length} dataDate={dataDate} />
      </div>
    </div>
  );
}

export function MeasuresPage() {
  const t = useStore(measuresMessages);
  const search = useSearchState(measureSearchSpec);
  const measures = useQuery(measuresQuery());
  const plan = useQuery(planQuery());
  const workAreas = useQuery(workAreasQuery());
  const { data: areaList } = workAreas;
  const { data: planData } = plan;
  // Deferred like QueryState's data (useDataShown): the tag and year sets of 10,000 measures are
  // built in the background render that draws the list, not in the urgent one.
  const measureList = useDeferredValue(measures.data);

  // Well-formed values that the data does not know (a removed work area) are ignored with a notice.
  const known = useMemo(
    () => ({
      workAreas: areaList ? new Set(areaList.map((a) => a.id)) : undefined,
      partners: planData ? new Set(planData.partners.map((p) => p.id)) : undefined,
      tags: measureList ? new Set(tagsOf(measureList)) : undefined,
      dueYears: measureList ? new Set(dueYearsOf(measureList)) : undefined,
    }),
    [areaList, planData, measureList],
  );
  const { bereich, partner, tag, faellig } = search.values;
  const checked = useMemo(
    () => checkAgainstData({ bereich, partner, tag, faellig }, known),
    [bereich, partner, tag, faellig, known],
  );
  const values: FilterValues = { ...search.values, ...checked.values };
  const invalid = [...new Set([...search.invalid, ...checked.unknown])];

  const { update, hrefFor } = search;
  const cleaned = checked.values;
  const lastTypedHref = useRef<string | undefined>(undefined);
  const change = useCallback<FilterChange>(
    (patch, options) => {
      const next = { ...cleaned, ...patch };
      const typing = options?.typing === true;
      const replace = typing ? continuesTypingBurst(hrefFor({}), lastTypedHref.current) : (options?.replace ?? false);
      lastTypedHref.current = typing ? hrefFor(next) : undefined;
      update(next, { replace });
    },
    [update, hrefFor, cleaned],
  );

  return (
    <section className="page measures-page">
      <PageHeading>{t.title}</PageHeading>
      <p className="measures-page__intro">{t.intro}</p>
      <SearchParamNotice invalid={invalid} onDismiss={() => update(cleaned, { replace: true })} />
      <LookupFailure query={workAreas} what="workAreas" consequence={t.workAreasFailed} />
      <LookupFailure query={plan} what="plan" consequence={t.planFailed} />
      <QueryState
        query={measures}
        what="measures"
        isEmpty={(data) => data.length === 0}
        empty={<p className="state state--empty">{t.noMeasures}</p>}
      >
        {(data) => (
          <MeasuresBrowser
            list={data}
            values={values}
            sort={search.values.sort}
            onChange={change}
            plan={plan}
            workAreas={workAreas}
          />
        )}
      </QueryState>
    </section>
  );
}
