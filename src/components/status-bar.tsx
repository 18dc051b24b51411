import { useStore } from '@nanostores/react';
import { statusMessages } from '../i18n/messages';
import type { StatusCounts } from '../lib/plan-stats';
import { statusColorVar, statusGlyph, statusOrder } from '../lib/status-style';

/**
 * A compact horizontal bar of measures by status, with a text legend (glyph, label, count), so the
 * numbers never depend on colour. The bar itself is decorative for screen readers; the legend
 * carries the information.
 */
export function StatusBar({ counts, label }: { counts: StatusCounts; label?: string }) {
  const t = useStore(statusMessages);
  const total = statusOrder.reduce((sum, status) => sum + counts[status], 0);
  return (
    <div className="status-bar">
      {total > 0 ? (
        <div className="status-bar__track" aria-hidden="true">
          {statusOrder
            .filter((status) => counts[status] > 0)
            .map((status) => (
              <span
                key={status}
                className={`status-bar__segment status-bar__segment--${status}`}
                style={{ flexGrow: counts[status], background: statusColorVar(status) }}
              />
            ))}
        </div>
      ) : null}
      <ul className="inline-list status-bar__legend" aria-label={label}>
        {statusOrder
          .filter((status) => counts[status] > 0)
          .map((status) => (
            <li key={status}>
              <span
                aria-hidden="true"
                className={`status-bar__glyph status-badge--${status}`}
                style={{ color: statusColorVar(status) }}
              >
                {statusGlyph[status]}
              </span>{' '}
              <strong>{counts[status]}</strong> {t[status]}
            </li>
          ))}
      </ul>
    </div>
  );
}
