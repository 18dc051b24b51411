import { formatPercent } from './format-number';

/** The one rule for a share or mean over no measures: "–" rather than a "0 %" that claims a result. */
export const NO_FIGURE = '–';

export function formatPercentOrDash(value: number | undefined, language: string, options: { isShare?: boolean } = {}): string {
  return value === undefined ? NO_FIGURE : formatPercent(value, language, options);
}
