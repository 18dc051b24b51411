/**
 * The scenario switch: faults and scale for demos and tests, chosen with `?mock=` in the page URL
 * (browser) or `setScenario()` (vitest). Values are comma-separated:
 *   slow-5000        every answer waits 5 s (`slow` alone: 3 s)
 *   hang-<resource>  that endpoint never answers (tests the timeout)
 *   error-<resource> that endpoint answers HTTP 500
 *   html-<resource>  that endpoint answers index.html-like text with status 200
 *   invalid-<resource> that endpoint answers JSON that violates the schema
 *   empty-<resource> that endpoint answers an empty list
 *   scale-10000      a generated plan with that many measures (1 … 10,000)
 * Resources: plan, work-areas, measures, measure, indicators, meetings.
 * Unknown words are ignored, so a typo never breaks the demo.
 */
export const mockResources = ['plan', 'work-areas', 'measures', 'measure', 'indicators', 'meetings'] as const;
export type MockResource = (typeof mockResources)[number];

export interface Scenario {
  slowMs: number;
  scale: number | undefined;
  error: ReadonlySet<MockResource>;
  hang: ReadonlySet<MockResource>;
  html: ReadonlySet<MockResource>;
  invalid: ReadonlySet<MockResource>;
  empty: ReadonlySet<MockResource>;
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

function isResource(value: string): value is MockResource {
  return (mockResources as readonly string[]).includes(value);
}

export function parseScenario(value: string | null | undefined): Scenario {
  const scenario = emptyScenario();
  const sets = {
    error: new Set<MockResource>(),
    hang: new Set<MockResource>(),
    html: new Set<MockResource>(),
    invalid: new Set<MockResource>(),
    empty: new Set<MockResource>(),
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
    if (fault?.[1] && fault[2] && isResource(fault[2])) {
      sets[fault[1] as keyof typeof sets].add(fault[2]);
    }
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
