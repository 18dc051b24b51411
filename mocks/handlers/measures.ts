import { http } from 'msw';
import { loadDataset } from '../dataset';
import { scaledAnswer } from '../scaled-answer';
import { getScenario } from '../scenario';
import { apiPath } from './api-path';
import { notFound, respond } from './respond';

type Row = Record<string, unknown>;

export const measureHandlers = [
  http.get(apiPath('measures'), async () => {
    const { scale } = getScenario();
    return respond(
      'measures',
      (await scaledAnswer(scale, 'measures')) ?? (await loadDataset(scale)).measures,
      // Progress beyond 100 on one row: exactly the "silently wrong number" the schema must stop.
      (body) => (body as Row[]).map((m, i) => (i === 1 ? { ...m, progress: 150 } : m)),
      [],
    );
  }),
  http.get(apiPath('measure'), async ({ params }) => {
    const { scale } = getScenario();
    const id = String(params.id);
    const bytes = await scaledAnswer(scale, 'measure', id);
    const measure = bytes === undefined ? (await loadDataset(scale)).measures.find((m) => m.id === id) : bytes;
    if (!measure) return notFound('Maßnahme');
    return respond('measure', measure, (body) => ({ ...(body as Row), status: 'unknown' }));
  }),
];
