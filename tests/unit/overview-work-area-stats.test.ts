import { describe, expect, it } from 'vitest';
import type { Measure, MeasureStatus, Milestone } from '../../src/api/schemas';
import { groupByStatus, milestonesByDue } from '../../src/features/work-areas/work-area-stats';

function measure(id: string, status: MeasureStatus, milestones: Milestone[] = []): Measure {
  return {
    id,
    title: `Maßnahme ${id}`,
    summary: '',
    workAreaId: 'a',
    status,
    progress: 50,
    leadPartnerId: 'stadt',
    involvedUnits: [],
    start: '2024-01-01',
    due: '2027-12-31',
    milestones,
    updates: [],
    tags: [],
    indicatorIds: [],
    links: [],
    lastUpdated: '2026-10-01',
  };
}
const ms = (title: string, due: string, done = false): Milestone => ({ title, due, done });

describe('groupByStatus', () => {
  it('groups in reading order, leaves out empty groups and sorts ids numerically', () => {
    const groups = groupByStatus([measure('A-10', 'delayed'), measure('A-2', 'delayed'), measure('A-1', 'completed')]);
    expect(groups.map((g) => g.status)).toEqual(['completed', 'delayed']);
    expect(groups[1]?.measures.map((m) => m.id)).toEqual(['A-2', 'A-10']);
  });

  it('is empty without measures', () => {
    expect(groupByStatus([])).toEqual([]);
  });
});

describe('milestonesByDue (relative to the data date)', () => {
  const dataDate = '2026-11-16';
  it('splits open milestones into overdue and upcoming within the horizon', () => {
    const { overdue, upcoming } = milestonesByDue(
      [
        measure('A', 'in_progress', [
          ms('old', '2026-06-30'),
          ms('older', '2026-01-31'),
          ms('done', '2026-01-01', true),
          ms('soon', '2026-12-01'),
          ms('today', '2026-11-16'),
          ms('far', '2028-01-01'),
        ]),
        measure('B', 'completed', [ms('ignored', '2026-01-01')]),
      ],
      dataDate,
    );
    expect(overdue.map((i) => [i.milestone.title, i.days])).toEqual([
      ['older', -289],
      ['old', -139],
    ]);
    expect(upcoming.map((i) => [i.milestone.title, i.days])).toEqual([
      ['today', 0],
      ['soon', 15],
    ]);
  });

  it('is empty for measures without milestones', () => {
    expect(milestonesByDue([measure('A', 'planned')], dataDate)).toEqual({ overdue: [], upcoming: [] });
  });
});
