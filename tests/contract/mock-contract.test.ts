import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/api/api-error';
import { fetchJson } from '../../src/api/fetch-json';
import {
  indicatorListSchema,
  measureListSchema,
  measureSchema,
  meetingListSchema,
  planSchema,
  workAreaListSchema,
} from '../../src/api/schemas';
import { setScenario } from '../../mocks/scenario';

// Each mock endpoint, fetched over (mocked) HTTP and validated by the app's own fetchJson.
describe('mock API honours the contract', () => {
  it('serves a valid plan, work areas, measures, indicators and meetings', async () => {
    const plan = await fetchJson('plan', '/plan', planSchema);
    const areas = await fetchJson('workAreas', '/work-areas', workAreaListSchema);
    const measures = await fetchJson('measures', '/measures', measureListSchema);
    const indicators = await fetchJson('indicators', '/indicators', indicatorListSchema);
    const meetings = await fetchJson('meetings', '/meetings', meetingListSchema);
    expect(plan.title).toBe('Masterplan Handwerk Düsseldorf');
    expect(plan.illustrative).toBe(true);
    expect(areas.map((a) => a.name)).toEqual(['Gewerbeflächen', 'Handwerkerhöfe', 'Mobilität', 'Fachkräfte', 'Infrastruktur']);
    expect(measures.length).toBeGreaterThanOrEqual(60);
    expect(new Set(measures.map((m) => m.status))).toEqual(
      new Set(['planned', 'in_progress', 'delayed', 'completed', 'on_hold']),
    );
    expect(indicators.length).toBeGreaterThanOrEqual(10);
    expect(meetings.map((m) => m.date).sort()).toEqual(expect.arrayContaining(['2025-02-03', '2026-02-18']));
    expect(meetings).toHaveLength(3);
  });

  it('serves one measure by id and 404 for an unknown id', async () => {
    const measures = await fetchJson('measures', '/measures', measureListSchema);
    const first = measures[0];
    if (!first) throw new Error('no measures');
    await expect(fetchJson('measure', `/measures/${first.id}`, measureSchema)).resolves.toEqual(first);
    await expect(fetchJson('measure', '/measures/XX-99', measureSchema)).rejects.toMatchObject({
      kind: 'not-found',
      status: 404,
    });
  });
});

describe('scenario switch', () => {
  it('error-<resource> answers 500 on that endpoint only', async () => {
    setScenario('error-indicators');
    await expect(fetchJson('indicators', '/indicators', indicatorListSchema)).rejects.toMatchObject({
      kind: 'http',
      status: 500,
    });
    await expect(fetchJson('plan', '/plan', planSchema)).resolves.toMatchObject({ title: 'Masterplan Handwerk Düsseldorf' });
  });

  it('invalid-<resource> breaks the schema, and the error names resource and field', async () => {
    setScenario('invalid-measures');
    const error = await fetchJson('measures', '/measures', measureListSchema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'schema', resource: 'measures', field: '1.progress' });
  });

  it('invalid plan names the missing title; invalid indicators the impossible date', async () => {
    setScenario('invalid-plan,invalid-indicators');
    await expect(fetchJson('plan', '/plan', planSchema)).rejects.toMatchObject({ kind: 'schema', field: 'title' });
    await expect(fetchJson('indicators', '/indicators', indicatorListSchema)).rejects.toMatchObject({
      kind: 'schema',
      field: '0.baseline.date',
    });
  });

  it('html-<resource> (index.html with 200) becomes a not-json error', async () => {
    setScenario('html-plan');
    await expect(fetchJson('plan', '/plan', planSchema)).rejects.toMatchObject({ kind: 'not-json', resource: 'plan' });
  });

  it('empty-<resource> answers an empty list', async () => {
    setScenario('empty-measures');
    await expect(fetchJson('measures', '/measures', measureListSchema)).resolves.toEqual([]);
  });

  it('hang-<resource> ends in a timeout', async () => {
    setScenario('hang-meetings');
    await expect(fetchJson('meetings', '/meetings', meetingListSchema, undefined, 50)).rejects.toMatchObject({ kind: 'timeout' });
  });

  it('scale-N serves N valid measures, the same ones every time', async () => {
    setScenario('scale-2500');
    const first = await fetchJson('measures', '/measures', measureListSchema);
    const second = await fetchJson('measures', '/measures', measureListSchema);
    expect(first).toHaveLength(2500);
    expect(second).toEqual(first);
    const meetings = await fetchJson('meetings', '/meetings', meetingListSchema);
    expect(meetings.length).toBeGreaterThan(0);
  });

  it('ignores unknown words and clamps scale to 10,000', async () => {
    const { parseScenario } = await import('../../mocks/scenario');
    const scenario = parseScenario('nonsense,scale-999999,error-unknownthing,slow');
    expect(scenario.scale).toBe(10_000);
    expect(scenario.error.size).toBe(0);
    expect(scenario.slowMs).toBe(3000);
  });
});
