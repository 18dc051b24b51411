import { useStore } from '@nanostores/react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useLocation } from 'wouter';
import type { Indicator, MeasureStatus, Partner } from '../../api/schemas';
import { StatusGlyph } from '../../components/status-badge';
import { StatusBar } from '../../components/status-bar';
import { useLanguage, type Language } from '../../i18n/i18n';
import { statusMessages } from '../../i18n/messages';
import { formatDate } from '../../lib/format';
import { formatNumber, formatPercent } from '../../lib/format-number';
import { paths } from '../../lib/paths';
import type { IndicatorAt } from '../../lib/plan-stand';
import { areaIndicators, type ReportArea, type ReportMeasure } from './build-report';
import { reportMessages } from './messages';
import { Requires } from './report-requires';

type Texts = ReturnType<typeof reportMessages.get>;

const percent = (value: number | undefined, lang: Language) => (value === undefined ? '–' : formatPercent(value, lang));

function withUnit(value: number, unit: string, lang: Language): string {
  // "Anzahl" (a count) is a column label, not a unit to repeat after every number.
  return /^anzahl$/i.test(unit) ? formatNumber(value, lang) : `${formatNumber(value, lang)} ${unit}`;
}

function IndicatorTable({ items, t, lang, area }: { items: readonly IndicatorAt[]; t: Texts; lang: Language; area: string }) {
  const caption = `${t.indicatorsTitle}: ${area}`;
  return (
    <TableScroll label={caption}>
      <table className="data-table report-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.indicator}</th>
            <th scope="col" className="num">
              {t.baseline}
            </th>
            <th scope="col" className="num">
              {t.latest}
            </th>
            <th scope="col" className="num">
              {t.target}
            </th>
            <th scope="col" className="num">
              {t.toTarget}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map(({ indicator, latest, toTarget }) => (
            <tr key={indicator.id}>
              <th scope="row">
                {indicator.label}
                {indicator.source ? <span className="report-table__note">{indicator.source}</span> : null}
              </th>
              <td className="num">
                {withUnit(indicator.baseline.value, indicator.unit, lang)}
                <span className="report-table__sub">{formatDate(indicator.baseline.date, lang)}</span>
              </td>
              <td className="num">
                {latest ? (
                  <>
                    {withUnit(latest.value, indicator.unit, lang)}
                    <span className="report-table__sub">{formatDate(latest.date, lang)}</span>
                  </>
                ) : (
                  t.noValue
                )}
              </td>
              <td className="num">
                {withUnit(indicator.target.value, indicator.unit, lang)}
                <span className="report-table__sub">{indicator.target.year}</span>
              </td>
              <td className="num">{toTarget === undefined ? '–' : formatPercent(toTarget, lang, { isShare: true })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/**
 * A data table that may scroll sideways on a phone. Its box takes focus and is named by the
 * table, so a keyboard can scroll it (WCAG 2.1.1; axe: scrollable-region-focusable) even when the
 * table holds no link.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be focusable
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

/** "überfällig" as text with a sign, never by colour alone. */
export function OverdueMark({ text }: { text: string }) {
  return (
    <strong className="report-overdue">
      <span aria-hidden="true">! </span>
      {text}
    </strong>
  );
}

function Progress({ value, lang }: { value: number; lang: Language }) {
  return (
    <span className="report-progress-cell">
      <span className="report-progress" aria-hidden="true">
        <span className="report-progress__fill" style={{ width: `${value}%` }} />
      </span>
      {formatPercent(value, lang)}
    </span>
  );
}

interface RowTexts {
  status: Record<MeasureStatus, string>;
  overdue: string;
  lang: Language;
  /** One navigate for all rows: a wouter <Link> per row subscribes to the location 2,000 times. */
  open: (href: string) => void;
}

/** A row of a table that can hold thousands: no hooks per row, texts come from the table. */
function MeasureRow({ row, lead, x }: { row: ReportMeasure; lead: string; x: RowTexts }) {
  const { measure } = row;
  const href = paths.measure(measure.id);
  return (
    <tr>
      <td className="report-measures__id">
        <a
          href={href}
          onClick={(event) => {
            if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
            event.preventDefault();
            x.open(href);
          }}
        >
          {measure.id}
        </a>
      </td>
      <th scope="row" className="report-measures__title">
        {measure.title}
      </th>
      <td>
        <span className={`status-badge status-badge--${measure.status}`}>
          <StatusGlyph status={measure.status} />
          {x.status[measure.status]}
        </span>
      </td>
      <td className="num">
        <Progress value={measure.progress} lang={x.lang} />
      </td>
      <td>{lead}</td>
      <td className="report-measures__date">
        {formatDate(measure.due, x.lang)}
        {row.overdue ? <OverdueMark text={x.overdue} /> : null}
      </td>
      <td className="report-measures__date">{row.lastUpdate ? formatDate(row.lastUpdate, x.lang) : '–'}</td>
    </tr>
  );
}

export function MeasuresTable({
  rows,
  partners,
  caption,
}: {
  rows: readonly ReportMeasure[];
  partners: readonly Partner[];
  caption: string;
}) {
  const t = useStore(reportMessages);
  const status = useStore(statusMessages);
  const lang = useLanguage();
  const [, navigate] = useLocation();
  const x: RowTexts = { status, overdue: t.overdue, lang, open: navigate };
  const leadName = new Map(partners.map((p) => [p.id, p.shortName]));
  return (
    <TableScroll label={caption}>
      <table className="data-table report-table report-measures">
        <caption className="visually-hidden">{caption}</caption>
        {/* Fixed shares on paper, so no column is squeezed to a letter a line. */}
        <colgroup>
          {['id', 'title', 'status', 'progress', 'lead', 'due', 'updated'].map((key) => (
            <col key={key} className={`report-measures__col--${key}`} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t.colId}</th>
            <th scope="col">{t.colTitle}</th>
            <th scope="col">{t.colStatus}</th>
            <th scope="col" className="num">
              {t.colProgress}
            </th>
            <th scope="col">{t.colLead}</th>
            <th scope="col">{t.colDue}</th>
            <th scope="col">{t.colUpdated}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <MeasureRow
              key={row.measure.id}
              row={row}
              lead={leadName.get(row.measure.leadPartnerId) ?? row.measure.leadPartnerId}
              x={x}
            />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export interface AreaSectionProps {
  item: ReportArea;
  partners: readonly Partner[];
  indicators: UseQueryResult<Indicator[]>;
  /** The reference day (Datenstand or the pinned meeting's date). */
  day: string;
  /** false when the report is too large for tables (the page shows how to narrow it). */
  showTable: boolean;
}

/** One work area: its status counts, its indicators against target, a table of all its measures. */
export function AreaSection({ item, partners, indicators, day, showTable }: AreaSectionProps) {
  const t = useStore(reportMessages);
  const lang = useLanguage();
  const headingId = `report-area-${item.area.id}`;
  return (
    <section className="report-section report-section--area" aria-labelledby={headingId}>
      <h2 id={headingId}>{item.area.name}</h2>
      {item.area.description ? <p className="report-area__description">{item.area.description}</p> : null}
      <div className="report-avoid-break">
        <p className="report-area__counts">
          {t.areaCounts({ count: formatNumber(item.measures.length, lang), progress: percent(item.averageProgress, lang) })}
          {item.overdue > 0 ? ` · ${formatNumber(item.overdue, lang)} ${t.overdue}` : ''}
        </p>
        <StatusBar counts={item.counts} label={`${t.colStatus}: ${item.area.name}`} />
      </div>
      <h3>{t.indicatorsTitle}</h3>
      <Requires needs={[['indicators', indicators]]}>
        {() => {
          const items = areaIndicators(indicators.data ?? [], item.area.id, day);
          return items.length === 0 ? (
            <p className="state state--empty">{t.noIndicators}</p>
          ) : (
            <IndicatorTable items={items} t={t} lang={lang} area={item.area.name} />
          );
        }}
      </Requires>
      {showTable ? (
        <>
          <h3>{t.measuresTitle}</h3>
          {item.measures.length === 0 ? (
            <p className="state state--empty">{t.noMeasures}</p>
          ) : (
            <MeasuresTable rows={item.measures} partners={partners} caption={`${t.measuresTitle}: ${item.area.name}`} />
          )}
        </>
      ) : null}
    </section>
  );
}
