import { useStore } from '@nanostores/react';
import type { MeasureStatus } from '../api/schemas';
import { statusMessages } from '../i18n/messages';
import { statusGlyph } from '../lib/status-style';

/** Status as glyph + text, coloured as a bonus only (WCAG 1.4.1). */
export function StatusBadge({ status }: { status: MeasureStatus }) {
  const t = useStore(statusMessages);
  return (
    <span className={`status-badge status-badge--${status}`}>
      <span aria-hidden="true" className="status-badge__glyph">
        {statusGlyph[status]}
      </span>
      {t[status]}
    </span>
  );
}
