import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { fetchJson } from '../../src/api/fetch-json';
import { measureListSchema, planSchema } from '../../src/api/schemas';
import { generateScaledMeasures } from '../../mocks/data/scale-plan';
import { seedPlan, seedWorkAreas } from '../../mocks/data/seed-plan';
import { server } from '../../mocks/node';
import { apiPath } from '../../mocks/handlers/api-path';

describe('fetchJson', () => {
  it('turns a rejected fetch (network down) into a network error', async () => {
    server.use(http.get(apiPath('plan'), () => HttpResponse.error()));
    await expect(fetchJson('plan', '/plan', planSchema)).rejects.toMatchObject({ kind: 'network', resource: 'plan' });
  });

  it('keeps a cancel by the caller an AbortError (a newer query won), not a user-facing error', async () => {
    const controller = new AbortController();
    server.use(http.get(apiPath('plan'), () => new Promise<Response>(() => {})));
    const pending = fetchJson('plan', '/plan', planSchema, controller.signal);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('reports the root when the body is not an object', async () => {
    server.use(http.get(apiPath('plan'), () => HttpResponse.json([1, 2])));
    await expect(fetchJson('plan', '/plan', planSchema)).rejects.toMatchObject({ kind: 'schema', field: undefined });
  });

  it('sends the request before the schema has loaded, and validates the answer once it has', async () => {
    let requested = false;
    server.use(
      http.get(apiPath('plan'), () => {
        requested = true;
        return HttpResponse.json(seedPlan);
      }),
    );
    let loadSchema: (schema: typeof planSchema) => void = () => undefined;
    const schemaLoading = new Promise<typeof planSchema>((resolve) => (loadSchema = resolve));
    const pending = fetchJson('plan', '/plan', schemaLoading);
    await vi.waitFor(() => expect(requested).toBe(true));
    loadSchema(planSchema);
    await expect(pending).resolves.toMatchObject({ title: seedPlan.title });
  });

  it('decodes a body that arrives in chunks, with a character split between two of them', async () => {
    const plan = { ...seedPlan, title: 'Masterplan Handwerk – Straße der Höfe' };
    const bytes = new TextEncoder().encode(JSON.stringify(plan));
    // Cut between the two UTF-8 bytes of the first "ä", "ö", "ü" or "ß" (lead byte 0xC3).
    const cut = bytes.indexOf(0xc3) + 1;
    expect(cut).toBeGreaterThan(0);
    server.use(
      http.get(
        apiPath('plan'),
        () =>
          new HttpResponse(
            new ReadableStream({
              start(controller) {
                controller.enqueue(bytes.slice(0, cut));
                controller.enqueue(bytes.slice(cut));
                controller.close();
              },
            }),
            { headers: { 'Content-Type': 'application/json' } },
          ),
      ),
    );
    await expect(fetchJson('plan', '/plan', planSchema)).resolves.toMatchObject({ title: plan.title });
  });

  it('names index and field of the one bad measure among 10,000 (validated in slices)', async () => {
    const measures = generateScaledMeasures(10_000, seedWorkAreas, seedPlan.partners);
    const broken = measures.map((m, i) => (i === 9_876 ? { ...m, status: 'unknown' } : m));
    server.use(http.get(apiPath('measures'), () => HttpResponse.json(broken)));
    await expect(fetchJson('measures', '/measures', measureListSchema)).rejects.toMatchObject({
      kind: 'schema',
      field: '9876.status',
    });
  });

  it('returns all 10,000 measures, in order, when every one is valid', async () => {
    const measures = generateScaledMeasures(10_000, seedWorkAreas, seedPlan.partners);
    server.use(http.get(apiPath('measures'), () => HttpResponse.json(measures)));
    await expect(fetchJson('measures', '/measures', measureListSchema)).resolves.toEqual(measures);
  });
});
