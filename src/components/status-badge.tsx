import { useStore } from '@nanostores/react';
import type { MeasureStatus } from '../api/schemas';
import { statusMessages } from '../i18n/messages';
import { statusColorVar, statusGlyph } from '../lib/status-style';

/** The status's glyph in a coloured circle; decorative, always next to the status text. */
export function StatusGlyph({ status }: { status: MeasureStatus }) {
  return (
    <span aria-hidden="true" className="status-glyph" style={{ background: statusColorVar(status) }}>
      {statusGlyph[status]}
    </span>
  );
}

/** Status as glyph + text, coloured as a bonus only (WCAG 1.4.1). */
export function StatusBadge({ status }: { status: MeasureStatus }) {
  const t = useStore(statusMessages);
  return (
    <span className={`status-badge status-badge--${status}`}>
      <StatusGlyph status={status} />
      {t[status]}
    </span>
  );
}
