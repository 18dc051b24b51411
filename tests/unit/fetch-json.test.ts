import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { fetchJson } from '../../src/api/fetch-json';
import { planSchema } from '../../src/api/schemas';
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
});
