import { describe, expect, it } from 'vitest';
import type { Agreement, Meeting } from '../../src/api/schemas';
import { compareWith, isAgreementOverdue, meetingBefore, progressByArea, selectComparison } from '../../src/lib/meeting-compare';
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

  it('compares progress like for like and counts new measures apart', () => {
    const area = { id: 'a', name: 'A', description: '', colorToken: 'area-1', order: 1 };
    const own = seedMeasures.slice(0, 3).map((m, i) => ({ ...m, id: `A-${i}`, workAreaId: 'a' }));
    const [row] = progressByArea(
      [
        { measureId: 'A-0', status: 'in_progress', progress: 50 },
        { measureId: 'A-1', status: 'in_progress', progress: 30 },
      ],
      [
        { measureId: 'A-0', status: 'in_progress', progress: 50 },
        { measureId: 'A-1', status: 'in_progress', progress: 30 },
        { measureId: 'A-2', status: 'planned', progress: 0 },
      ],
      own,
      [area],
    );
    expect(row).toMatchObject({ before: 40, after: 40, delta: 0, count: 3, added: 1 });
  });

  it('splits the snapshots by work area, leaving out measures that no longer exist', () => {
    const areas = ['a', 'b'].map((id, order) => ({ id, name: id, description: '', colorToken: 'area-1', order }));
    const measures = ['a', 'b', 'a'].map((workAreaId, i) => ({ ...seedMeasures[0]!, id: `M-${i}`, workAreaId }));
    const entry = (measureId: string, progress: number) => ({ measureId, status: 'in_progress' as const, progress });
    const rows = progressByArea(
      [entry('M-0', 10), entry('M-1', 20), entry('M-2', 30), entry('GONE', 90)],
      [entry('M-0', 20), entry('M-1', 50), entry('M-2', 60), entry('GONE', 0)],
      measures,
      areas,
    );
    expect(rows.map(({ area, before, after, delta, count }) => ({ area: area.id, before, after, delta, count }))).toEqual([
      { area: 'a', before: 20, after: 40, delta: 20, count: 2 },
      { area: 'b', before: 20, after: 50, delta: 30, count: 1 },
    ]);
  });

  it('selects the latest meeting against now by default, the points of the URL otherwise', () => {
    const dataDate = '2026-11-16';
    const byDefault = selectComparison(seedMeetings, dataDate, { von: '', bis: '' });
    expect(byDefault).toMatchObject({ fromValue: 'sg-2026', toValue: 'jetzt', unknown: false, same: false, reversed: false });
    expect(selectComparison(seedMeetings, dataDate, { von: 'sg-2024', bis: 'sg-2025' })).toMatchObject({
      fromValue: 'sg-2024',
      toValue: 'sg-2025',
    });
    expect(selectComparison(seedMeetings, dataDate, { von: 'jetzt', bis: 'sg-2024' })?.reversed).toBe(true);
    expect(selectComparison(seedMeetings, dataDate, { von: 'sg-2025', bis: 'sg-2025' })?.same).toBe(true);
    const unknown = selectComparison(seedMeetings, dataDate, { von: 'sg-1999', bis: 'jetzt' });
    expect(unknown).toMatchObject({ fromValue: 'sg-2026', unknown: true, known: { von: '', bis: 'jetzt' } });
    expect(selectComparison([], dataDate, { von: '', bis: '' })).toBeUndefined();
    // A meeting after the data date has not happened yet: no default to compare with.
    expect(selectComparison(seedMeetings, '2024-01-01', { von: '', bis: '' })).toBeUndefined();
  });

  it('marks agreements past due and not done as overdue relative to the data date', () => {
    const a: Agreement = { id: 'a', text: 't', owner: 'o', due: '2026-06-30', measureIds: [], status: 'in_progress' };
    expect(isAgreementOverdue(a, '2026-11-16')).toBe(true);
    expect(isAgreementOverdue(a, '2026-06-30')).toBe(false);
    expect(isAgreementOverdue({ ...a, status: 'done' }, '2026-11-16')).toBe(false);
    expect(isAgreementOverdue({ ...a, status: 'open' }, '2027-01-01')).toBe(true);
  });
});
