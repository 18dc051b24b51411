import { useStore } from '@nanostores/react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { memo, startTransition, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { Link } from 'wouter';
import { StatusBadge } from '../../components/status-badge';
import { useLanguage } from '../../i18n/i18n';
import { formatDate } from '../../lib/format';
import { formatPercent } from '../../lib/format-number';
import { paths } from '../../lib/paths';
import { isOverdue, parseSort, type MeasureRow, type MeasureSort, type MeasureSortKey } from './filter-measures';
import { measuresMessages } from './messages';

/** Up to this many rows everything is in the DOM (find in page, screen reader browse mode). */
export const VIRTUALIZE_ABOVE = 100;

/**
 * How many rows of a short list the first commit holds: as many as the screen can show, taking a
 * row to be at least half its estimated height. The rest follow at once in a transition, so the
 * list appears without waiting for the layout of rows below the fold (decision 037). The screen's
 * height, not the window's: reading `innerHeight` during a render can force a layout of the page
 * being replaced, and no window is taller than its screen.
 */
function firstPaintRows(estimate: number): number {
  return Math.max(10, Math.ceil(window.screen.height / (estimate / 2)));
}

const PHONE_QUERY = '(max-width: 43.75em)'; // 700 px at the default font size
const WIDE_QUERY = '(min-width: 93.75em)'; // 1500 px: room for a filter column beside the table

function useMeasuresMedia(query: string): boolean {
  return useSyncExternalStore(
    (notify) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', notify);
      return () => list.removeEventListener('change', notify);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/** true on phones (≤ ~700 px): cards instead of the table. */
export function useMeasuresNarrow(): boolean {
  return useMeasuresMedia(PHONE_QUERY);
}

/** true on wide screens (≥ 1500 px): the filters stand open in a column beside the list. */
export function useMeasuresWide(): boolean {
  return useMeasuresMedia(WIDE_QUERY);
}

/**
 * Window-scrolled virtualisation: the page keeps one scroll bar; only rows near the viewport are
 * rendered. `scrollMargin` is the list's distance from the top of the document, re-measured after
 * every render because chips and notices above it come and go.
 */
function useRowWindow(count: number, estimate: number) {
  const listRef = useRef<HTMLElement | null>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const enabled = count > VIRTUALIZE_ABOVE;
  // How many rows a short list holds back in its first commit (firstPaintRows); Infinity once the
  // rest have followed, and from the start when nothing is held back (a virtualised list, or one
  // that fits the first screen), so those lists are not rendered a second time for nothing.
  const [limit, setLimit] = useState(() => {
    const first = firstPaintRows(estimate);
    return !enabled && count > first ? first : Infinity;
  });
  useEffect(() => {
    if (limit !== Infinity) startTransition(() => setLimit(Infinity));
  }, [limit]);
  // No dependency list on purpose: content above the list moves it; the guard stops the loop.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const el = listRef.current;
    if (!el || !enabled) return;
    const top = Math.round(el.getBoundingClientRect().top + window.scrollY);
    if (top !== scrollMargin) setScrollMargin(top);
  });
  const virtualizer = useWindowVirtualizer({
    count: enabled ? count : 0,
    estimateSize: () => estimate,
    // Without layout (jsdom, a hidden tab) heights read as 0; keep the estimate then.
    measureElement: (element) => element.getBoundingClientRect().height || estimate,
    overscan: 8,
    scrollMargin,
  });
  if (!enabled) {
    return {
      listRef,
      items: Array.from({ length: Math.min(count, limit) }, (_, index) => ({ index, key: index })),
      before: 0,
      after: 0,
      measure: undefined,
    };
  }
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  return {
    listRef,
    items: items.map((item) => ({ index: item.index, key: item.key })),
    before: first ? first.start - scrollMargin : 0,
    after: last ? virtualizer.getTotalSize() - (last.end - scrollMargin) : 0,
    measure: virtualizer.measureElement,
  };
}

function DueCell({ due, overdue }: { due: string; overdue: boolean }) {
  const t = useStore(measuresMessages);
  const lang = useLanguage();
  return (
    <>
      {formatDate(due, lang)}
      {overdue ? (
        <span className="measures-overdue">
          <span aria-hidden="true">⚠ </span>
          {t.overdue}
        </span>
      ) : null}
    </>
  );
}

function ProgressCell({ value }: { value: number }) {
  const lang = useLanguage();
  return (
    <span className="measures-progress">
      <span className="measures-progress__track" aria-hidden="true">
        <span className="measures-progress__fill" style={{ width: `${value}%` }} />
      </span>
      <span className="measures-progress__value">{formatPercent(value, lang)}</span>
    </span>
  );
}

interface ResultsProps {
  rows: readonly MeasureRow[];
  sort: MeasureSort;
  onSort: (sort: MeasureSort) => void;
  dataDate: string | undefined;
}

type ColumnLabel = 'colId' | 'colTitle' | 'colWorkArea' | 'colStatus' | 'colProgress' | 'colLead' | 'colDue';

const columns: { key: MeasureSortKey; label: ColumnLabel; className?: string }[] = [
  { key: 'id', label: 'colId' },
  { key: 'title', label: 'colTitle', className: 'measures-table__title' },
  { key: 'workArea', label: 'colWorkArea' },
  { key: 'status', label: 'colStatus' },
  { key: 'progress', label: 'colProgress' },
  { key: 'lead', label: 'colLead' },
  { key: 'due', label: 'colDue' },
];

function MeasuresTable({ rows, sort, onSort, dataDate }: ResultsProps) {
  const t = useStore(measuresMessages);
  const current = parseSort(sort);
  const { listRef, items, before, after, measure } = useRowWindow(rows.length, 64);
  const sortLabel = (key: MeasureSortKey): 'ascending' | 'descending' | 'none' =>
    current.key !== key ? 'none' : current.descending ? 'descending' : 'ascending';
  return (
    <div className="table-scroll measures-table-wrap">
      <table className="data-table measures-table" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">{t.tableCaption}</caption>
        {/* Fixed column widths: with virtualised rows an automatic layout would jump while scrolling. */}
        <colgroup>
          {columns.map((column) => (
            <col key={column.key} className={`measures-col--${column.key}`} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((column) => {
              const state = sortLabel(column.key);
              return (
                <th key={column.key} scope="col" aria-sort={state} className={column.className}>
                  <button
                    type="button"
                    className="measures-table__sort"
                    onClick={() => onSort(state === 'ascending' ? `-${column.key}` : column.key)}
                  >
                    {t[column.label]}
                    <span aria-hidden="true" className="measures-table__arrow">
                      {state === 'ascending' ? '▲' : state === 'descending' ? '▼' : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody ref={(el) => void (listRef.current = el)}>
          {before > 0 ? (
            <tr aria-hidden="true" className="measures-spacer">
              <td colSpan={columns.length} style={{ height: before }} />
            </tr>
          ) : null}
          {items.map(({ index, key }) => {
            const row = rows[index];
            if (!row) return null;
            const m = row.measure;
            return (
              <tr key={key} data-index={index} ref={measure} aria-rowindex={index + 2}>
                <td className="measures-table__id">{m.id}</td>
                <th scope="row" className="measures-table__title">
                  <Link href={paths.measure(m.id)}>{m.title}</Link>
                </th>
                <td>{row.areaName}</td>
                <td>
                  <StatusBadge status={m.status} />
                </td>
                <td>
                  <ProgressCell value={m.progress} />
                </td>
                <td>{row.leadName}</td>
                <td className="measures-table__due">
                  <DueCell due={m.due} overdue={dataDate !== undefined && isOverdue(m, dataDate)} />
                </td>
              </tr>
            );
          })}
          {after > 0 ? (
            <tr aria-hidden="true" className="measures-spacer">
              <td colSpan={columns.length} style={{ height: after }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}

function CardField({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="measure-card__field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function MeasuresCards({ rows, dataDate }: Omit<ResultsProps, 'sort' | 'onSort'>) {
  const t = useStore(measuresMessages);
  const { listRef, items, before, after, measure } = useRowWindow(rows.length, 230);
  return (
    <ul
      className="measure-cards"
      aria-label={t.listLabel}
      ref={(el) => void (listRef.current = el)}
      style={{ paddingTop: before, paddingBottom: after }}
    >
      {items.map(({ index, key }) => {
        const row = rows[index];
        if (!row) return null;
        const m = row.measure;
        return (
          <li
            key={key}
            data-index={index}
            ref={measure}
            className="measure-card"
            aria-setsize={rows.length}
            aria-posinset={index + 1}
          >
            <div className="measure-card__inner">
              <p className="measure-card__head">
                <span className="measure-card__id">{m.id}</span>
                <StatusBadge status={m.status} />
              </p>
              <h2 className="measure-card__title">
                <Link href={paths.measure(m.id)}>{m.title}</Link>
              </h2>
              <dl className="measure-card__facts">
                <CardField label={t.colWorkArea}>{row.areaName}</CardField>
                <CardField label={t.colProgress}>
                  <ProgressCell value={m.progress} />
                </CardField>
                <CardField label={t.colLead}>{row.leadName}</CardField>
                <CardField label={t.colDue}>
                  <DueCell due={m.due} overdue={dataDate !== undefined && isOverdue(m, dataDate)} />
                </CardField>
              </dl>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/** The result rows as a sortable table on wide screens and as cards on phones. Memoised: typing re-renders the page, not 10,000 rows. */
export const MeasuresResults = memo(function MeasuresResults(props: ResultsProps) {
  const narrow = useMeasuresNarrow();
  return narrow ? <MeasuresCards rows={props.rows} dataDate={props.dataDate} /> : <MeasuresTable {...props} />;
});
