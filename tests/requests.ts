import { server } from '../mocks/node';

/**
 * The resources the mock is asked for from now on, in order, as paths below the API's base
 * (`/measures/HH-02`). The array fills as requests start; remove the listener after the test
 * (`server.events.removeAllListeners()`).
 */
export function recordApiRequests(): string[] {
  const seen: string[] = [];
  server.events.on('request:start', ({ request }) => {
    seen.push(new URL(request.url).pathname.replace(/^\/api\/v1/, ''));
  });
  return seen;
}
