import { http } from 'msw';
import { getDataset } from '../dataset';
import { getScenario } from '../scenario';
import { apiPath } from './api-path';
import { respond } from './respond';

export const planHandlers = [
  http.get(apiPath('plan'), () =>
    respond('plan', getDataset(getScenario().scale).plan, (body) => {
      // A missing title: the error must name the field.
      const { title: _title, ...rest } = body as Record<string, unknown>;
      return rest as never;
    }),
  ),
];
