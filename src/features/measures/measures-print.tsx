import { useStore } from '@nanostores/react';
import { StatusBadge } from '../../components/status-badge';
import { useLanguage } from '../../i18n/i18n';
import { formatDate } from '../../lib/format';
import { formatNumber, formatPercent } from '../../lib/format-number';
import { usePrinting } from '../../lib/use-printing';
import { isOverdue, type MeasureRow } from './filter-measures';
import { measuresMessages } from './messages';

/**
 * The measures list on paper: every filtered row (the screen's virtual list holds only the rows
 * in view) in a plain table with a repeating header, under a line that states the active filters.
 * Rendered only while printing, so 10,000 rows never sit in the DOM on screen.
 */
export function MeasuresPrint({
  rows,
  filters,
  total,
  dataDate,
}: {
  rows: readonly MeasureRow[];
  /** The active filters as the chips name them ("Status: verzögert"). */
  filters: readonly string[];
  total: number;
  dataDate: string | undefined;
}) {
  const t = useStore(measuresMessages);
  const lang = useLanguage();
  const printing = usePrinting();
  if (!printing) return null;
  return (
    <div className="print-only measures-print">
      <p className="measures-print__filters">
        <strong>{filters.length > 0 ? `${t.activeFilters}: ` : t.printNoFilters}</strong>
        {filters.join(' · ')}
      </p>
      <p>{t.resultCount({ shown: formatNumber(rows.length, lang), total: formatNumber(total, lang) })}</p>
      <table className="data-table measures-print__table">
        {/* Named with its filters: on paper and to assistive tech it is "the list of these measures". */}
        <caption className="visually-hidden">
          {t.listLabel}: {filters.length > 0 ? filters.join(' · ') : t.printNoFilters}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t.colId}</th>
            <th scope="col">{t.colTitle}</th>
            <th scope="col">{t.colWorkArea}</th>
            <th scope="col">{t.colStatus}</th>
            <th scope="col" className="num">
              {t.colProgress}
            </th>
            <th scope="col">{t.colLead}</th>
            <th scope="col">{t.colDue}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ measure, areaName, leadName }) => (
            <tr key={measure.id}>
              <td>{measure.id}</td>
              <th scope="row">{measure.title}</th>
              <td>{areaName}</td>
              <td>
                <StatusBadge status={measure.status} />
              </td>
              <td className="num">{formatPercent(measure.progress, lang)}</td>
              <td>{leadName}</td>
              <td>
                {formatDate(measure.due, lang)}
                {dataDate && isOverdue(measure, dataDate) ? (
                  <strong className="measures-print__overdue">! {t.overdue}</strong>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
