/**
 * A dedicated worker that builds a generated plan (`?mock=scale-N`) and serialises its large
 * answers, so neither the 10,000 measures nor their 10 MB of JSON live on the page's main thread or
 * in its heap: the page then holds only what the app itself keeps (issue 12: heap ≤ 25 MiB at
 * 10,000; decision 033). The page side is `scaled-answer.ts`.
 */
import type { ScaledRequest, ScaledReply } from './scaled-answer';
import { getDataset, type Dataset } from './dataset';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ScaledRequest>) => void) | null;
  postMessage(message: ScaledReply, transfer: Transferable[]): void;
}
declare const self: WorkerScope;

// The plan of the last scale asked for, kept for the worker's life: a page asks for its lists in
// bursts (first view, then the persister's warm-up), and this memory is not the page's.
let kept: { scale: number; data: Dataset } | undefined;

self.onmessage = ({ data: request }) => {
  if (kept?.scale !== request.scale) kept = { scale: request.scale, data: getDataset(request.scale) };
  if (request.resource === 'prepare') return;
  const { measures, meetings } = kept.data;
  const body =
    request.resource === 'measures'
      ? measures
      : request.resource === 'meetings'
        ? meetings
        : measures.find((m) => m.id === request.measureId);
  if (body === undefined) {
    self.postMessage({ id: request.id, bytes: null }, []);
    return;
  }
  const bytes = new TextEncoder().encode(JSON.stringify(body));
  self.postMessage({ id: request.id, bytes }, [bytes.buffer]);
};
