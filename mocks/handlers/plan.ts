import { http } from 'msw';
import { sharedParts } from '../dataset';
import { apiPath } from './api-path';
import { respond } from './respond';

export const planHandlers = [
  http.get(apiPath('plan'), () =>
    respond('plan', sharedParts.plan, (body) => {
      // A missing title: the error must name the field.
      const { title: _title, ...rest } = body as Record<string, unknown>;
      return rest as never;
    }),
  ),
];
