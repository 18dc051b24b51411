import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { apiPath } from '../../mocks/handlers/api-path';
import { server } from '../../mocks/node';
import { measureQuery, measuresQuery, workAreasQuery } from '../../src/api/queries';
import { createQueryClient } from '../../src/app/query-client';
import { preloadData, sortsNamesFirst } from '../../src/app/route-preload';
import { paths } from '../../src/lib/paths';
import { recordApiRequests } from '../requests';

describe('preloadData', () => {
  afterEach(() => server.events.removeAllListeners());

  it('asks for the data a measure page needs the moment it is navigated to, without rendering it', async () => {
    const requests = recordApiRequests();
    const client = createQueryClient();
    preloadData(client, '/massnahmen/HH-02');
    await expect.poll(() => [...requests].sort()).toEqual(['/indicators', '/measures/HH-02', '/plan', '/work-areas']);
    await expect.poll(() => client.getQueryData(measureQuery('HH-02').queryKey)).toMatchObject({ id: 'HH-02' });
  });

  it('asks for the id the page reads, also one with a slash in it (see tests/integration/view-routes)', async () => {
    const requests = recordApiRequests();
    const client = createQueryClient();
    preloadData(client, paths.measure('a/b'));
    await expect.poll(() => client.getQueryState(measureQuery('a/b').queryKey)?.status, { timeout: 10_000 }).toBe('error');
    expect(requests).toContain('/measures/a%2Fb');
  });

  it('starts each request once: the query of the view joins the one already in flight', async () => {
    const requests = recordApiRequests();
    const client = createQueryClient();
    preloadData(client, '/massnahmen');
    preloadData(client, '/massnahmen');
    await expect(client.fetchQuery(measuresQuery())).resolves.toHaveLength(65);
    expect(requests.filter((path) => path === '/measures')).toHaveLength(1);
  });

  it('a failing request is an error state for the view to show, not an unhandled rejection', async () => {
    server.use(http.get(apiPath('workAreas'), () => HttpResponse.json({ error: 'kaputt' }, { status: 500 })));
    const client = createQueryClient();
    preloadData(client, '/massnahmen');
    await expect.poll(() => client.getQueryState(workAreasQuery().queryKey)?.status, { timeout: 10_000 }).toBe('error');
  });

  it('a malformed, unknown or data-free path preloads only the plan (the layout shows its Datenstand)', async () => {
    const requests = recordApiRequests();
    const client = createQueryClient();
    preloadData(client, '/massnahmen/%E0%A4%A');
    preloadData(client, '/gibt-es-nicht');
    preloadData(client, paths.about);
    await expect.poll(() => client.getQueryState(['plan'])?.status).toBe('success');
    expect(requests).toEqual(['/plan']);
  });
});

describe('sortsNamesFirst (main.tsx warms the collator up only for these)', () => {
  it('is the measures list, whose filter panel sorts tags; views that sort only ids are not', () => {
    expect(sortsNamesFirst('/massnahmen')).toBe(true);
    for (const path of [
      '/',
      '/handlungsfelder/gewerbeflaechen',
      '/massnahmen/GF-01',
      '/praesentation',
      '/bericht',
      '/gibt-es-nicht',
    ]) {
      expect(sortsNamesFirst(path), path).toBe(false);
    }
  });
});
