import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/api/api-error';
import { fetchEndpoint } from '../../src/api/queries';
import { setScenario } from '../../mocks/scenario';

// Each mock endpoint, fetched over (mocked) HTTP and validated by the app's own fetchEndpoint.
describe('mock API honours the contract', () => {
  it('serves a valid plan, work areas, measures, indicators and meetings', async () => {
    const plan = await fetchEndpoint('plan');
    const areas = await fetchEndpoint('workAreas');
    const measures = await fetchEndpoint('measures');
    const indicators = await fetchEndpoint('indicators');
    const meetings = await fetchEndpoint('meetings');
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
    const measures = await fetchEndpoint('measures');
    const first = measures[0];
    if (!first) throw new Error('no measures');
    await expect(fetchEndpoint('measure', { params: { id: first.id } })).resolves.toEqual(first);
    await expect(fetchEndpoint('measure', { params: { id: 'XX-99' } })).rejects.toMatchObject({
      kind: 'not-found',
      status: 404,
    });
  });
});

describe('scenario switch', () => {
  it('error-<resource> answers 500 on that endpoint only', async () => {
    setScenario('error-indicators');
    await expect(fetchEndpoint('indicators')).rejects.toMatchObject({
      kind: 'http',
      status: 500,
    });
    await expect(fetchEndpoint('plan')).resolves.toMatchObject({ title: 'Masterplan Handwerk Düsseldorf' });
  });

  it('invalid-<resource> breaks the schema, and the error names resource and field', async () => {
    setScenario('invalid-measures');
    const error = await fetchEndpoint('measures').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'schema', resource: 'measures', field: '1.progress' });
  });

  it('invalid plan names the missing title; invalid indicators the impossible date', async () => {
    setScenario('invalid-plan,invalid-indicators');
    await expect(fetchEndpoint('plan')).rejects.toMatchObject({ kind: 'schema', field: 'title' });
    await expect(fetchEndpoint('indicators')).rejects.toMatchObject({
      kind: 'schema',
      field: '0.baseline.date',
    });
  });

  it('html-<resource> (index.html with 200) becomes a not-json error', async () => {
    setScenario('html-plan');
    await expect(fetchEndpoint('plan')).rejects.toMatchObject({ kind: 'not-json', resource: 'plan' });
  });

  it('empty-<resource> answers an empty list', async () => {
    setScenario('empty-measures');
    await expect(fetchEndpoint('measures')).resolves.toEqual([]);
  });

  it('hang-<resource> ends in a timeout', async () => {
    setScenario('hang-meetings');
    await expect(fetchEndpoint('meetings', { timeoutMs: 50 })).rejects.toMatchObject({ kind: 'timeout' });
  });

  it('scale-N serves N valid measures, the same ones every time', async () => {
    setScenario('scale-2500');
    const first = await fetchEndpoint('measures');
    const second = await fetchEndpoint('measures');
    expect(first).toHaveLength(2500);
    expect(second).toEqual(first);
    const meetings = await fetchEndpoint('meetings');
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
