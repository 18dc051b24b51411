import { describe, expect, it, vi } from 'vitest';
import { generateScaledMeasures, generateScaledMeetings } from '../../mocks/data/scale-plan';
import { seedPlan, seedWorkAreas } from '../../mocks/data/seed-plan';
import { loadDataset, sharedParts } from '../../mocks/dataset';
import { jsonResponse } from '../../mocks/handlers/json-response';

// The mock runs on the page's main thread: a large plan is built and serialised in several tasks
// (issue 8: no task over 200 ms at 10,000 measures), and must still be exactly the same data.

describe('mock answers for large plans', () => {
  it('serialises a slow list in slices to exactly the bytes of JSON.stringify', async () => {
    const list = Array.from({ length: 25 }, (_, i) => ({
      id: `X-${i}`,
      title: `Maßnahme „${i}“`,
      gone: undefined,
      n: [i, undefined],
    }));
    // Every element "takes" 20 ms, more than a slice may: a pause after each one.
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 20));
    let otherTaskRan = false;
    setTimeout(() => (otherTaskRan = true), 0);
    const response = await jsonResponse(list);
    now.mockRestore();
    // A timer queued before the answer ran while it was built: the work was split into tasks.
    expect(otherTaskRan).toBe(true);
    const text = await response.text();
    expect(text).toBe(JSON.stringify(list));
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(Number(response.headers.get('Content-Length'))).toBe(new TextEncoder().encode(text).byteLength);
  });

  it('answers a list that is quick to serialise in one go, as msw would', async () => {
    let otherTaskRan = false;
    setTimeout(() => (otherTaskRan = true), 0);
    const response = await jsonResponse([{ a: 1 }, { b: 'ü' }], { status: 201 });
    expect(otherTaskRan).toBe(false);
    expect(response.status).toBe(201);
    expect(await response.text()).toBe('[{"a":1},{"b":"ü"}]');
    expect(await (await jsonResponse([])).text()).toBe('[]');
  });

  it('builds the same generated plan in steps as in one go, once for concurrent requests', async () => {
    const [first, second] = await Promise.all([loadDataset(1_234), loadDataset(1_234)]);
    expect(second).toBe(first);
    const measures = generateScaledMeasures(1_234, seedWorkAreas, seedPlan.partners);
    expect(first.measures).toEqual(measures);
    expect(first.meetings).toEqual(generateScaledMeetings(measures));
    expect(first.plan).toBe(seedPlan);
    // The plan, work areas and indicators are served without generating: they must be what a
    // generated plan carries.
    expect(first.plan).toBe(sharedParts.plan);
    expect(first.workAreas).toBe(sharedParts.workAreas);
    expect(first.indicators).toBe(sharedParts.indicators);
  });
});
