import { delay, HttpResponse, type JsonBodyType } from 'msw';
import type { EndpointName } from '../../src/api/endpoints';
import { getScenario } from '../scenario';

/** Whether answers get a human-like latency: yes in the browser, never in vitest (node). */
const isBrowser = typeof window !== 'undefined' && typeof navigator !== 'undefined' && 'serviceWorker' in navigator;

/** A small, varying latency so loading states are seen in the demo as they would be in real life. */
function realisticLatency(): number {
  return isBrowser ? 120 + Math.round(Math.random() * 280) : 0;
}

/**
 * Wraps every success answer with the scenario's faults, so the handlers themselves stay plain.
 * `invalidate` returns a copy of the body that breaks the contract in a typical way.
 */
export async function respond(
  resource: EndpointName,
  body: JsonBodyType,
  invalidate: (body: JsonBodyType) => JsonBodyType,
  emptyBody?: JsonBodyType,
): Promise<Response> {
  const scenario = getScenario();
  if (scenario.hang.has(resource)) await delay('infinite');
  const wait = scenario.slowMs || realisticLatency();
  if (wait > 0) await delay(wait);
  if (scenario.error.has(resource)) {
    return HttpResponse.json({ error: 'Interner Serverfehler (Szenario)' }, { status: 500 });
  }
  if (scenario.html.has(resource)) {
    return new HttpResponse('<!doctype html><html><body>index</body></html>', {
      status: 200,
      headers: { 'Content-Type': 'text/html' },
    });
  }
  if (scenario.invalid.has(resource)) return HttpResponse.json(invalidate(structuredClone(body)));
  if (scenario.empty.has(resource) && emptyBody !== undefined) return HttpResponse.json(emptyBody);
  return HttpResponse.json(body);
}

export function notFound(what: string): Response {
  return HttpResponse.json({ error: `${what} nicht gefunden` }, { status: 404 });
}
