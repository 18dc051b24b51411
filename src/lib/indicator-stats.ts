import type { Indicator, IndicatorPoint } from '../api/schemas';

/** The most recent value of an indicator's series (by date), or undefined for an empty series. */
export function latestPoint(indicator: Indicator): IndicatorPoint | undefined {
  let latest: IndicatorPoint | undefined;
  for (const point of indicator.series) if (!latest || point.date > latest.date) latest = point;
  return latest;
}

/**
 * How far the indicator has come from its baseline towards its target, 0…1 (clamped), or
 * undefined when the baseline already equals the target (no distance to divide by) or there is
 * no value yet. Works for "lower is better" too: the direction is baseline → target.
 */
export function targetAttainment(indicator: Indicator): number | undefined {
  const latest = latestPoint(indicator);
  const distance = indicator.target.value - indicator.baseline.value;
  if (!latest || distance === 0) return undefined;
  return Math.min(1, Math.max(0, (latest.value - indicator.baseline.value) / distance));
}

/**
 * The lower end of an indicator chart's y axis: 0 for non-negative data (honest bars of growth),
 * else the smallest value. The upper end is left to the chart, which includes the target line.
 */
export function indicatorAxisFloor(indicator: Indicator): number {
  const min = Math.min(indicator.target.value, indicator.baseline.value, ...indicator.series.map((p) => p.value));
  return min >= 0 ? 0 : min;
}

/**
 * The unit to print after a value, or '' for a plain count. The API names a count's unit like a
 * column ("Anzahl", or "count"/"number" from an English-speaking backend); repeating it after
 * every number reads wrong in both languages, so counts get no suffix, in one place.
 */
export function unitSuffix(unit: string): string {
  return /^\s*(anzahl|count|number|)\s*$/i.test(unit) ? '' : unit.trim();
}
