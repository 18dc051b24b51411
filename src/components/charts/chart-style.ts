import type { CSSProperties } from 'react';

/**
 * Colours of chart furniture come from the theme's CSS variables, so charts follow light, dark and
 * projector themes without re-rendering (Chromium resolves var() in SVG presentation attributes).
 */
export const axisTick = { fill: 'var(--muted)', fontSize: 13 } as const;
export const axisLine = { stroke: 'var(--border)' } as const;
export const gridStroke = 'var(--border-soft)';

export const tooltipStyle: CSSProperties = {
  background: 'var(--bg)',
  border: '1px solid var(--border)',
  borderRadius: '0.5rem',
  color: 'var(--text)',
  fontSize: '0.9rem',
  padding: '0.5rem 0.75rem',
};
