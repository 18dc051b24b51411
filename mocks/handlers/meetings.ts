import { http } from 'msw';
import { loadDataset } from '../dataset';
import { getScenario } from '../scenario';
import { apiPath } from './api-path';
import { respond } from './respond';

type Row = Record<string, unknown>;

export const meetingHandlers = [
  http.get(apiPath('meetings'), async () =>
    respond(
      'meetings',
      (await loadDataset(getScenario().scale)).meetings,
      (body) => (body as Row[]).map((m, i) => (i === 0 ? { ...m, number: -1 } : m)),
      [],
    ),
  ),
];
