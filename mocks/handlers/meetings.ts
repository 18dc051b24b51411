import { http } from 'msw';
import { loadDataset } from '../dataset';
import { scaledAnswer } from '../scaled-answer';
import { getScenario } from '../scenario';
import { apiPath } from './api-path';
import { respond } from './respond';

type Row = Record<string, unknown>;

export const meetingHandlers = [
  http.get(apiPath('meetings'), async () => {
    const { scale } = getScenario();
    return respond(
      'meetings',
      (await scaledAnswer(scale, 'meetings')) ?? (await loadDataset(scale)).meetings,
      (body) => (body as Row[]).map((m, i) => (i === 0 ? { ...m, number: -1 } : m)),
      [],
    );
  }),
];
