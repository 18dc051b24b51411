import { http } from 'msw';
import { loadDataset } from '../dataset';
import { getScenario } from '../scenario';
import { apiPath } from './api-path';
import { notFound, respond } from './respond';

type Row = Record<string, unknown>;

export const measureHandlers = [
  http.get(apiPath('measures'), async () =>
    respond(
      'measures',
      (await loadDataset(getScenario().scale)).measures,
      // Progress beyond 100 on one row: exactly the "silently wrong number" the schema must stop.
      (body) => (body as Row[]).map((m, i) => (i === 1 ? { ...m, progress: 150 } : m)),
      [],
    ),
  ),
  http.get(apiPath('measure'), async ({ params }) => {
    const measure = (await loadDataset(getScenario().scale)).measures.find((m) => m.id === params.id);
    if (!measure) return notFound('Maßnahme');
    return respond('measure', measure, (body) => ({ ...(body as Row), status: 'unknown' }));
  }),
];
