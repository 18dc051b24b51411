import { http } from 'msw';
import { sharedParts } from '../dataset';
import { apiPath } from './api-path';
import { respond } from './respond';

export const workAreaHandlers = [
  http.get(apiPath('workAreas'), () =>
    respond(
      'workAreas',
      sharedParts.workAreas,
      (body) => (body as Array<Record<string, unknown>>).map((area, i) => (i === 0 ? { ...area, order: 'erstens' } : area)),
      [],
    ),
  ),
];
