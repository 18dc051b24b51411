import { describe, expect, it } from 'vitest';
import { parseSearch } from '../../src/lib/search-params';
import { measureSearchSpec } from '../../src/lib/measure-search';
import {
  chipsOf,
  clearedFilters,
  continuesTypingBurst,
  criteriaOf,
  type ChipTexts,
} from '../../src/features/measures/measures-view';

const texts: ChipTexts = {
  workArea: 'Handlungsfeld',
  status: 'Status',
  lead: 'Federführung',
  tag: 'Thema',
  dueYear: 'Fällig',
  overdueChip: 'nur überfällige',
  searchChip: ({ text }) => `Suche: „${text}“`,
  statusName: {
    planned: 'geplant',
    in_progress: 'in Umsetzung',
    delayed: 'verzögert',
    completed: 'abgeschlossen',
    on_hold: 'ruht',
  },
};

const valuesOf = (search: string) => parseSearch(search, measureSearchSpec).values;

describe('measures page decisions', () => {
  it('turns the URL values into list criteria', () => {
    expect(criteriaOf(valuesOf('?bereich=mobilitaet&status=delayed,planned&faellig=2026&ueberfaellig=1&q=Hof'))).toEqual({
      workAreas: ['mobilitaet'],
      statuses: ['delayed', 'planned'],
      partners: [],
      tags: [],
      dueYears: [2026],
      overdueOnly: true,
      query: 'Hof',
    });
    expect(criteriaOf({ ...valuesOf(''), ...clearedFilters }).overdueOnly).toBe(false);
  });

  it('makes one chip per value with names from the data, ids where a name is missing', () => {
    const chips = chipsOf(
      valuesOf('?bereich=mobilitaet,alt&status=delayed&partner=hwk&tag=EuroSkills%202027&ueberfaellig=1&q=%20hafen%20'),
      { workAreas: [{ id: 'mobilitaet', name: 'Mobilität', description: '', colorToken: 'area-3', order: 3 }] },
      texts,
    );
    expect(chips.map((chip) => chip.label)).toEqual([
      'Handlungsfeld: Mobilität',
      'Handlungsfeld: alt',
      'Status: verzögert',
      'Federführung: hwk',
      'Thema: EuroSkills 2027',
      'nur überfällige',
      'Suche: „hafen“',
    ]);
    expect(chips[0]?.remove).toEqual({ bereich: ['alt'] });
    expect(chips[5]?.remove).toEqual({ ueberfaellig: undefined });
    expect(chips[6]?.remove).toEqual({ q: '' });
  });

  it('has no chips without filters (the sort is not a filter)', () => {
    expect(chipsOf(valuesOf('?sort=-due&q=%20'), {}, texts)).toEqual([]);
  });

  it('a typing burst continues only while the address is the one the last key wrote', () => {
    expect(continuesTypingBurst('/massnahmen?q=h', undefined)).toBe(false);
    expect(continuesTypingBurst('/massnahmen?q=h', '/massnahmen?q=h')).toBe(true);
    // After Back or a filter change the address differs: the next key starts a new entry.
    expect(continuesTypingBurst('/massnahmen?status=delayed', '/massnahmen?status=delayed&q=ha')).toBe(false);
  });
});
