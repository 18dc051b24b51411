import { describe, expect, it } from 'vitest';
import { seedMeasures, seedPlan, seedWorkAreas } from '../../mocks/data/seed-plan';
import { indexMeasures, sortMeasures } from '../../src/features/measures/filter-measures';
import { measuresCsv, measuresCsvFileName, type MeasuresCsvLabels } from '../../src/features/measures/measures-csv';
import { csvCell, toCsv } from '../../src/lib/csv';

describe('csv', () => {
  it('separates with semicolons, ends lines with CRLF and quotes where needed', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x;y', 'say "hi"'],
          ['multi\nline', 3],
        ],
      ),
    ).toBe('a;b\r\n"x;y";"say ""hi"""\r\n"multi\nline";3\r\n');
  });

  it.each([
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+1', `"'+1"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1', `"'\t=1"`],
    ['\r=1', `"'\r=1"`],
  ])('neutralises a formula start: %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('leaves plain text and numbers alone', () => {
    expect(csvCell('Handwerkerhöfe')).toBe('Handwerkerhöfe');
    expect(csvCell(42)).toBe('42');
    expect(csvCell('a=b')).toBe('a=b');
  });
});

const labels: MeasuresCsvLabels = {
  id: 'Nr.',
  title: 'Titel',
  workArea: 'Handlungsfeld',
  status: 'Status',
  progress: 'Fortschritt (%)',
  lead: 'Federführung',
  start: 'Beginn',
  due: 'Fällig',
  overdue: 'Überfällig',
  lastUpdated: 'Zuletzt aktualisiert',
  tags: 'Schlagworte',
  yes: 'ja',
  no: 'nein',
  statusName: (s) =>
    ({ planned: 'geplant', in_progress: 'in Umsetzung', delayed: 'verzögert', completed: 'abgeschlossen', on_hold: 'ruht' })[s],
};

describe('measuresCsv', () => {
  const rows = sortMeasures(indexMeasures(seedMeasures, { workAreas: seedWorkAreas, partners: seedPlan.partners }), '-due').slice(
    0,
    3,
  );

  it('writes the header in the UI language and exactly the rows given, in order', () => {
    const lines = measuresCsv(rows, labels, seedPlan.dataDate).split('\r\n');
    expect(lines[0]).toBe(
      'Nr.;Titel;Handlungsfeld;Status;Fortschritt (%);Federführung;Beginn;Fällig;Überfällig;Zuletzt aktualisiert;Schlagworte',
    );
    expect(lines).toHaveLength(rows.length + 2); // header, rows, trailing empty after the last CRLF
    expect(lines.slice(1, -1).map((l) => l.split(';')[0])).toEqual(rows.map((r) => r.measure.id));
    expect(lines[1]).toContain(';2027-12-31;nein;');
  });

  it('neutralises hostile titles', () => {
    const [row] = rows;
    if (!row) throw new Error('no row');
    const hostile = { ...row, measure: { ...row.measure, title: '=cmd|"/C calc"!A0', summary: '' } };
    const csv = measuresCsv([hostile], labels, seedPlan.dataDate);
    expect(csv).toContain(`;"'=cmd|""/C calc""!A0";`);
  });

  it('names the file after the data date', () => {
    expect(measuresCsvFileName('2026-11-16')).toBe('massnahmen-2026-11-16.csv');
    expect(measuresCsvFileName(undefined)).toBe('massnahmen.csv');
  });
});
