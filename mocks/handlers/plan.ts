import { http } from 'msw';
import { loadDataset } from '../dataset';
import { getScenario } from '../scenario';
import { apiPath } from './api-path';
import { respond } from './respond';

export const planHandlers = [
  http.get(apiPath('plan'), async () =>
    respond('plan', (await loadDataset(getScenario().scale)).plan, (body) => {
      // A missing title: the error must name the field.
      const { title: _title, ...rest } = body as Record<string, unknown>;
      return rest as never;
    }),
  ),
];
