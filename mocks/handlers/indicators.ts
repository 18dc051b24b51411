import { http } from 'msw';
import { sharedParts } from '../dataset';
import { apiPath } from './api-path';
import { respond } from './respond';

type Row = Record<string, unknown>;

export const indicatorHandlers = [
  http.get(apiPath('indicators'), () =>
    respond(
      'indicators',
      sharedParts.indicators,
      // A day that does not exist.
      (body) => (body as Row[]).map((ind, i) => (i === 0 ? { ...ind, baseline: { value: 1, date: '2026-02-30' } } : ind)),
      [],
    ),
  ),
];
