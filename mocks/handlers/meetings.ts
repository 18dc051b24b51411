import { http } from 'msw';
import { getDataset } from '../dataset';
import { getScenario } from '../scenario';
import { apiPath } from './api-path';
import { respond } from './respond';

type Row = Record<string, unknown>;

export const meetingHandlers = [
  http.get(apiPath('meetings'), () =>
    respond(
      'meetings',
      getDataset(getScenario().scale).meetings,
      (body) => (body as Row[]).map((m, i) => (i === 0 ? { ...m, number: -1 } : m)),
      [],
    ),
  ),
];
