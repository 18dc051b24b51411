import type { MeasureStatus } from '../api/schemas';

/**
 * How each status looks besides its text: a glyph (so status is never told by colour alone) and a
 * CSS custom property for its colour, defined for light, dark and projector themes in styles.
 * The order is the reading order used in bars and legends: done first, trouble visible.
 */
export const statusOrder: readonly MeasureStatus[] = ['completed', 'in_progress', 'delayed', 'on_hold', 'planned'];

export const statusGlyph: Record<MeasureStatus, string> = {
  completed: '✓',
  in_progress: '▶',
  delayed: '!',
  on_hold: '‖',
  planned: '○',
};

export function statusColorVar(status: MeasureStatus): string {
  return `var(--status-${status.replace('_', '-')})`;
}
