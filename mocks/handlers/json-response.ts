import { HttpResponse, type JsonBodyType } from 'msw';
import { nextTask } from '../../src/lib/next-task';

/** Elements serialised per task; ~1,000 measures take ~10 ms to stringify and encode. */
const SLICE = 1000;

/**
 * A JSON answer like `HttpResponse.json`, but a long list is serialised and UTF-8-encoded in
 * slices, one task each. Why: msw runs the handlers on the page's main thread, and at 10,000
 * measures one `JSON.stringify` plus the Response's encoding of the 10 MB string was a single
 * 200–300 ms task, the longest of the whole page load (issues 8 and 12: no task over 200 ms).
 * The bytes are the same as `JSON.stringify(body)`'s.
 */
export async function jsonResponse(body: JsonBodyType, init?: ResponseInit): Promise<Response> {
  if (!Array.isArray(body) || body.length <= SLICE) return HttpResponse.json(body, init);
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  for (let start = 0; start < body.length; start += SLICE) {
    if (start > 0) await nextTask();
    // Stringify the slice as an array and drop its brackets: the elements keep exactly
    // JSON.stringify's rules for arrays (undefined → null and so on).
    const inner = JSON.stringify(body.slice(start, start + SLICE)).slice(1, -1);
    const open = start === 0 ? '[' : ',';
    const close = start + SLICE >= body.length ? ']' : '';
    parts.push(encoder.encode(open + inner + close));
  }
  await nextTask();
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  const headers = new Headers(init?.headers);
  headers.set('Content-Type', 'application/json');
  headers.set('Content-Length', String(bytes.byteLength));
  return new HttpResponse(bytes, { ...init, headers });
}
