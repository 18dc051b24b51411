/**
 * The JSON bytes of a generated plan's large answers (measures, one measure, meetings), made in a
 * worker (`scale-worker.ts`) where the page can start one; `undefined` where it cannot (vitest,
 * old browsers, a worker that failed to load), and the handlers then build the answer on the main
 * thread as before (`dataset.ts`, `json-response.ts`). Decision 033.
 */
export type ScaledResource = 'measures' | 'meetings' | 'measure';
/** `prepare`: build the plan now, answer nothing (`prepareScaledPlan`). */
export interface ScaledRequest {
  id: number;
  scale: number;
  resource: ScaledResource | 'prepare';
  measureId?: string;
}
/** `bytes: null`: no such measure. */
export interface ScaledReply {
  id: number;
  bytes: Uint8Array | null;
}

let worker: Worker | undefined;
let broken = false;
let nextId = 0;
const waiting = new Map<number, { resolve: (bytes: Uint8Array | null) => void; reject: (error: unknown) => void }>();

function scaleWorker(): Worker | undefined {
  if (broken || typeof window === 'undefined' || typeof Worker === 'undefined') return undefined;
  if (!worker) {
    try {
      worker = new Worker(new URL('./scale-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      broken = true;
      return undefined;
    }
    worker.onmessage = ({ data }: MessageEvent<ScaledReply>) => {
      waiting.get(data.id)?.resolve(data.bytes);
      waiting.delete(data.id);
    };
    worker.onerror = (event) => {
      // A script that does not load (or throws) fails every request; later ones build in the page.
      broken = true;
      for (const { reject } of waiting.values()) reject(event);
      waiting.clear();
    };
  }
  return worker;
}

/**
 * The answer's bytes from the worker: a Uint8Array, `null` for a measure that does not exist, or
 * `undefined` when the plan is not generated, there is no worker, or it failed (build it in the page).
 */
export async function scaledAnswer(
  scale: number | undefined,
  resource: ScaledResource,
  measureId?: string,
): Promise<Uint8Array | null | undefined> {
  if (scale === undefined) return undefined;
  const target = scaleWorker();
  if (!target) return undefined;
  try {
    return await new Promise<Uint8Array | null>((resolve, reject) => {
      const id = (nextId += 1);
      waiting.set(id, { resolve, reject });
      target.postMessage({ id, scale, resource, measureId } satisfies ScaledRequest);
    });
  } catch {
    return undefined;
  }
}

/**
 * Starts the worker and its plan at once (mocks/start.ts, at page start), so the worker's script
 * and the generation run while the first view loads and msw starts, not after the first request.
 */
export function prepareScaledPlan(scale: number): void {
  scaleWorker()?.postMessage({ id: 0, scale, resource: 'prepare' } satisfies ScaledRequest);
}
