import { endpointNames, type EndpointName } from '../src/api/endpoints';

/**
 * The scenario switch: faults and scale for demos and tests, chosen with `?mock=` in the page URL
 * (browser) or `setScenario()` (vitest). Values are comma-separated:
 *   slow-5000        every answer waits 5 s (`slow` alone: 3 s)
 *   hang-<endpoint>  that endpoint never answers (tests the timeout)
 *   error-<endpoint> that endpoint answers HTTP 500
 *   html-<endpoint>  that endpoint answers index.html-like text with status 200
 *   invalid-<endpoint> that endpoint answers JSON that violates the schema
 *   empty-<endpoint> that endpoint answers an empty list
 *   scale-10000      a generated plan with that many measures (1 … 10,000)
 * <endpoint> is a name from src/api/endpoints.ts (plan, workAreas, measures, measure, indicators,
 * meetings); case and dashes are ignored, so `error-work-areas` is `error-workAreas`.
 * Unknown words are ignored, so a typo never breaks the demo.
 */
export interface Scenario {
  slowMs: number;
  scale: number | undefined;
  error: ReadonlySet<EndpointName>;
  hang: ReadonlySet<EndpointName>;
  html: ReadonlySet<EndpointName>;
  invalid: ReadonlySet<EndpointName>;
  empty: ReadonlySet<EndpointName>;
}

export const MAX_SCALE = 10_000;

export function emptyScenario(): Scenario {
  return {
    slowMs: 0,
    scale: undefined,
    error: new Set(),
    hang: new Set(),
    html: new Set(),
    invalid: new Set(),
    empty: new Set(),
  };
}

/** The endpoint a scenario word names: URLs are lower-cased and may spell `workAreas` `work-areas`. */
function endpointFromWord(word: string): EndpointName | undefined {
  const folded = word.replaceAll('-', '');
  return endpointNames.find((name) => name.toLowerCase() === folded);
}

export function parseScenario(value: string | null | undefined): Scenario {
  const scenario = emptyScenario();
  const sets = {
    error: new Set<EndpointName>(),
    hang: new Set<EndpointName>(),
    html: new Set<EndpointName>(),
    invalid: new Set<EndpointName>(),
    empty: new Set<EndpointName>(),
  };
  for (const raw of (value ?? '').split(',')) {
    const word = raw.trim().toLowerCase();
    if (word === 'slow') {
      scenario.slowMs = 3000;
      continue;
    }
    const slow = /^slow-(\d{1,6})$/.exec(word);
    if (slow?.[1]) {
      scenario.slowMs = Math.min(Number(slow[1]), 120_000);
      continue;
    }
    const scale = /^scale-(\d{1,6})$/.exec(word);
    if (scale?.[1]) {
      scenario.scale = Math.max(1, Math.min(Number(scale[1]), MAX_SCALE));
      continue;
    }
    const fault = /^(error|hang|html|invalid|empty)-([a-z-]+)$/.exec(word);
    const endpoint = fault?.[2] ? endpointFromWord(fault[2]) : undefined;
    if (fault?.[1] && endpoint) sets[fault[1] as keyof typeof sets].add(endpoint);
  }
  return { ...scenario, ...sets };
}

let current: Scenario = emptyScenario();

export function getScenario(): Scenario {
  return current;
}

export function setScenario(next: Scenario | string): void {
  current = typeof next === 'string' ? parseScenario(next) : next;
}
