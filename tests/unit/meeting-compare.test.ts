import { describe, expect, it } from 'vitest';
import type { Agreement, Meeting } from '../../src/api/schemas';
import { compareWith, isAgreementOverdue, meetingBefore, progressByArea } from '../../src/lib/meeting-compare';
import { seedMeasures, seedMeetings, seedWorkAreas } from '../../mocks/data/seed-plan';

const meeting = (id: string) => seedMeetings.find((m) => m.id === id) as Meeting;

describe('meeting comparison', () => {
  it('finds the meeting before another one, whatever the list order', () => {
    const reversed = [...seedMeetings].reverse();
    expect(meetingBefore(reversed, meeting('sg-2026'))?.id).toBe('sg-2025');
    expect(meetingBefore(reversed, meeting('sg-2024'))).toBeUndefined();
  });

  it('compares a meeting with now (the data date) per work area, in API order', () => {
    const { changes, areas } = compareWith(
      { kind: 'meeting', meeting: meeting('sg-2026') },
      { kind: 'now', date: '2026-11-16' },
      seedMeasures,
      seedWorkAreas,
    );
    expect(changes.completed).toHaveLength(5);
    expect(changes.delayed).toHaveLength(2);
    expect(changes.recovered).toHaveLength(1);
    expect(areas.map((a) => a.area.id)).toEqual(seedWorkAreas.map((a) => a.id));
    expect(areas.every((a) => Number.isFinite(a.delta))).toBe(true);
    expect(areas.reduce((sum, a) => sum + a.count, 0)).toBe(seedMeasures.length);
  });

  it('gives an area without measures no delta instead of NaN', () => {
    const extra = { id: 'leer', name: 'Leer', description: '', colorToken: 'area-6', order: 6 };
    const [row] = progressByArea([], [], seedMeasures, [extra]);
    expect(row).toMatchObject({ before: undefined, after: undefined, delta: 0, count: 0 });
  });

  it('marks agreements past due and not done as overdue relative to the data date', () => {
    const a: Agreement = { id: 'a', text: 't', owner: 'o', due: '2026-06-30', measureIds: [], status: 'in_progress' };
    expect(isAgreementOverdue(a, '2026-11-16')).toBe(true);
    expect(isAgreementOverdue(a, '2026-06-30')).toBe(false);
    expect(isAgreementOverdue({ ...a, status: 'done' }, '2026-11-16')).toBe(false);
    expect(isAgreementOverdue({ ...a, status: 'open' }, '2027-01-01')).toBe(true);
  });
});
