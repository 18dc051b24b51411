import type { CSSProperties } from 'react';

/**
 * Colours of chart furniture come from the theme's CSS variables, so charts follow light, dark and
 * projector themes without re-rendering (Chromium resolves var() in SVG presentation attributes).
 */

/**
 * The root font size in px. It grows with the screen (base.css: 16 px on a phone, ~23 px on a 4K
 * TV), and SVG text in recharts is sized in px, so charts scale their text and room with it.
 */
export function rootFontPx(): number {
  if (typeof window === 'undefined' || typeof getComputedStyle !== 'function') return 16;
  const px = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(px) && px > 0 ? px : 16;
}

/** Axis text style and an estimate of the width a label of `chars` characters needs. */
export function chartText(): {
  tick: { fill: string; fontSize: number };
  fontSize: number;
  widthFor: (chars: number) => number;
  scale: number;
} {
  const root = rootFontPx();
  const fontSize = Math.round(root * 0.8);
  return {
    tick: { fill: 'var(--muted)', fontSize },
    fontSize,
    widthFor: (chars) => Math.ceil(chars * fontSize * 0.62 + 12),
    scale: root / 16,
  };
}
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
