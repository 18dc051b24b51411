import { useStore } from '@nanostores/react';
import { stateMessages } from '../i18n/messages';
import { useLanguage } from '../i18n/i18n';
import type { Indicator } from '../api/schemas';
import { formatNumber, formatQuarter } from '../lib/format';

/**
 * One indicator against its target. INTERIM: table only; the overview feature adds the lazy
 * recharts line chart inside a ChartFigure with this same signature (issue 3).
 */
export function IndicatorFigure({ indicator }: { indicator: Indicator; compact?: boolean }) {
  const t = useStore(stateMessages);
  const lang = useLanguage();
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>
          {indicator.label} ({indicator.unit})
        </caption>
        <thead>
          <tr>
            <th scope="col">{t.indicators}</th>
            <th scope="col" className="num">
              {indicator.unit}
            </th>
          </tr>
        </thead>
        <tbody>
          {indicator.series.map((point) => (
            <tr key={point.date}>
              <th scope="row">{formatQuarter(point.date)}</th>
              <td className="num">{formatNumber(point.value, lang)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t.target({ year: indicator.target.year })}</th>
            <td className="num">{formatNumber(indicator.target.value, lang)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
