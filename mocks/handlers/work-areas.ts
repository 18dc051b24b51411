import { http } from 'msw';
import { loadDataset } from '../dataset';
import { getScenario } from '../scenario';
import { apiPath } from './api-path';
import { respond } from './respond';

export const workAreaHandlers = [
  http.get(apiPath('workAreas'), async () =>
    respond(
      'workAreas',
      (await loadDataset(getScenario().scale)).workAreas,
      (body) => (body as Array<Record<string, unknown>>).map((area, i) => (i === 0 ? { ...area, order: 'erstens' } : area)),
      [],
    ),
  ),
];
