/**
 * Work areas come from the API with a colour token ("area-3"). The app has ten area colours per
 * theme (tokens.css); an unknown token falls back by position, so 6 or 10 areas still render.
 */
const AREA_COLOURS = 10;

export function areaColorVar(token: string, index: number): string {
  const match = /^area-(\d{1,2})$/.exec(token);
  const n = match?.[1] ? Number(match[1]) : NaN;
  const slot = n >= 1 && n <= AREA_COLOURS ? n : (index % AREA_COLOURS) + 1;
  return `var(--area-${slot})`;
}
