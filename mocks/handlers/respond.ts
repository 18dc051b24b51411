import { delay, HttpResponse, type JsonBodyType } from 'msw';
import type { EndpointName } from '../../src/api/endpoints';
import { getScenario } from '../scenario';
import { jsonBytesResponse, jsonResponse } from './json-response';

/**
 * Wraps every success answer with the scenario's faults, so the handlers themselves stay plain.
 * `invalidate` returns a copy of the body that breaks the contract in a typical way. A body given
 * as bytes is JSON made elsewhere already (a generated plan's lists, `scaled-answer.ts`).
 */
export async function respond(
  resource: EndpointName,
  body: JsonBodyType | Uint8Array,
  invalidate: (body: JsonBodyType) => JsonBodyType,
  emptyBody?: JsonBodyType,
): Promise<Response> {
  const scenario = getScenario();
  if (scenario.hang.has(resource)) await delay('infinite');
  // By default the mock answers at once and deterministically, as a static server would: a random
  // latency was idle time before every first paint of data (issue 12). `?mock=slow` shows loading.
  if (scenario.slowMs > 0) await delay(scenario.slowMs);
  if (scenario.error.has(resource)) {
    return HttpResponse.json({ error: 'Interner Serverfehler (Szenario)' }, { status: 500 });
  }
  if (scenario.html.has(resource)) {
    return new HttpResponse('<!doctype html><html><body>index</body></html>', {
      status: 200,
      headers: { 'Content-Type': 'text/html' },
    });
  }
  if (scenario.invalid.has(resource)) {
    const data =
      body instanceof Uint8Array ? (JSON.parse(new TextDecoder().decode(body)) as JsonBodyType) : structuredClone(body);
    return jsonResponse(invalidate(data));
  }
  if (scenario.empty.has(resource) && emptyBody !== undefined) return jsonResponse(emptyBody);
  if (body instanceof Uint8Array) return jsonBytesResponse(body);
  return jsonResponse(body);
}

export function notFound(what: string): Response {
  return HttpResponse.json({ error: `${what} nicht gefunden` }, { status: 404 });
}
