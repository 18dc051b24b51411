import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ScaledReply, ScaledRequest } from '../../mocks/scaled-answer';
import { getDataset } from '../../mocks/dataset';
import { respond } from '../../mocks/handlers/respond';
import { setScenario } from '../../mocks/scenario';

// The worker that builds a generated plan off the page's main thread (decision 033) must answer
// exactly the bytes the page-side mock would: the app cannot tell where an answer was made.
describe('the scale worker', () => {
  const replies: ScaledReply[] = [];
  const scope = {
    onmessage: null as ((event: MessageEvent<ScaledRequest>) => void) | null,
    postMessage: (reply: ScaledReply) => replies.push(reply),
  };
  const ask = (request: ScaledRequest) => {
    scope.onmessage?.({ data: request } as MessageEvent<ScaledRequest>);
    const reply = replies.find((r) => r.id === request.id);
    return reply?.bytes === null ? null : (JSON.parse(new TextDecoder().decode(reply?.bytes ?? undefined)) as unknown);
  };

  beforeAll(async () => {
    vi.stubGlobal('self', scope);
    await import('../../mocks/scale-worker');
  });
  afterAll(() => vi.unstubAllGlobals());

  it('answers the generated lists and single measures as JSON bytes, null for an unknown id', () => {
    const data = getDataset(300);
    expect(ask({ id: 1, scale: 300, resource: 'measures' })).toEqual(data.measures);
    expect(ask({ id: 2, scale: 300, resource: 'meetings' })).toEqual(data.meetings);
    expect(ask({ id: 3, scale: 300, resource: 'measure', measureId: data.measures[42]?.id })).toEqual(data.measures[42]);
    expect(ask({ id: 4, scale: 300, resource: 'measure', measureId: 'X-99999' })).toBeNull();
    // `prepare` builds the plan ahead of the first request and answers nothing.
    const count = replies.length;
    scope.onmessage?.({ data: { id: 0, scale: 50, resource: 'prepare' } } as MessageEvent<ScaledRequest>);
    expect(replies).toHaveLength(count);
    expect(ask({ id: 6, scale: 50, resource: 'measures' })).toEqual(getDataset(50).measures);
    // Another scale: another plan, not the kept one.
    expect(ask({ id: 5, scale: 7, resource: 'measures' })).toHaveLength(7);
  });
});

describe('an answer given as bytes', () => {
  const bytes = new TextEncoder().encode(
    JSON.stringify([
      { id: 'A', progress: 10 },
      { id: 'B', progress: 20 },
    ]),
  );

  it('is sent as it is, as JSON', async () => {
    const response = await respond('measures', bytes, (body) => body, []);
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(await response.json()).toEqual([
      { id: 'A', progress: 10 },
      { id: 'B', progress: 20 },
    ]);
  });

  it('still gets the invalid and empty scenarios', async () => {
    setScenario('invalid-measures');
    const invalid = await respond('measures', bytes, (body) => (body as object[]).map((m) => ({ ...m, progress: 150 })), []);
    expect(await invalid.json()).toEqual([
      { id: 'A', progress: 150 },
      { id: 'B', progress: 150 },
    ]);
    setScenario('empty-measures');
    expect(await (await respond('measures', bytes, (body) => body, [])).json()).toEqual([]);
    setScenario('');
  });
});
