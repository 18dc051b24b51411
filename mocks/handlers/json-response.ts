import { HttpResponse, type JsonBodyType } from 'msw';
import { nextTask } from '../../src/lib/next-task';

/** Serialising longer than this without a pause is a task the page feels. */
const SLICE_MS = 10;

/**
 * A JSON answer like `HttpResponse.json`, but a list is serialised and UTF-8-encoded element by
 * element, with a pause whenever ~10 ms have passed. Why: msw runs the handlers on the page's main
 * thread, and at 10,000 measures one `JSON.stringify` plus the Response's encoding of the 10 MB
 * string was a single 200–300 ms task, the longest of the whole page load (issues 8 and 12: no
 * task over 200 ms); the meetings are only three elements, but each carries a snapshot of every
 * measure. A list that is done within one slice is answered without any pause. The bytes are
 * those of `JSON.stringify(body)` (each element is serialised as a one-element list, so
 * undefined still becomes null; only a `toJSON` would see "0" as its key instead of the index).
 */
export async function jsonResponse(body: JsonBodyType, init?: ResponseInit): Promise<Response> {
  if (!Array.isArray(body)) return HttpResponse.json(body, init);
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  let texts: string[] = [];
  const encodeTexts = () => {
    if (texts.length > 0) parts.push(encoder.encode(texts.join(',')));
    texts = [];
  };
  let sliceStart = performance.now();
  for (let i = 0; i < body.length; i += 1) {
    texts.push(JSON.stringify(body.slice(i, i + 1)).slice(1, -1));
    if (performance.now() - sliceStart > SLICE_MS && i < body.length - 1) {
      encodeTexts();
      // The next slice continues the list after a comma.
      texts.push('');
      await nextTask();
      sliceStart = performance.now();
    }
  }
  encodeTexts();
  const bytes = new Uint8Array(2 + parts.reduce((sum, part) => sum + part.byteLength, 0));
  bytes[0] = 0x5b; // [
  let offset = 1;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  bytes[offset] = 0x5d; // ]
  return jsonBytesResponse(bytes, init);
}

/** An answer whose JSON is already encoded (here, or by the scale worker: `scaled-answer.ts`). */
export function jsonBytesResponse(bytes: Uint8Array, init?: ResponseInit): Response {
  const headers = new Headers(init?.headers);
  headers.set('Content-Type', 'application/json');
  headers.set('Content-Length', String(bytes.byteLength));
  return new HttpResponse(bytes, { ...init, headers });
}
