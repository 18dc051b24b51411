import { describe, expect, it } from 'vitest';
import { check, sheet } from './workbooks';
import { sixAreaPlan } from '../fixtures/six-area-plan';

const errorsOf = (messages: string[]) => messages.filter((m) => m.startsWith('error: '));

describe('check: a valid plan', () => {
  it('reads the six-area plan back exactly, without errors or warnings', async () => {
    const result = await check(sixAreaPlan);
    expect(result.messages).toEqual([]);
    expect(result.dataset).toEqual(sixAreaPlan);
  });
});

describe('check: each error names the exact cell', () => {
  // Maßnahmen: A ID, B Titel, C Beschreibung, D Handlungsfeld, E Status, F Fortschritt, G Federführung,
  // H Beteiligte, I Beginn, J Fällig, K Schlagworte, L Kennzahlen, M Zuletzt aktualisiert. Row 2 = BN-01.
  const cases: [string, (ws: import('exceljs').Worksheet) => void, string][] = [
    [
      'unknown status',
      (ws) => (ws.getCell('E3').value = 'in Arbeit'),
      'Maßnahmen, Zeile 3, Spalte Status (E3): „in Arbeit“ ist kein Status; erlaubt: geplant, in Umsetzung, verzögert, abgeschlossen, ruht',
    ],
    [
      'missing id',
      (ws) => (ws.getCell('A4').value = null),
      'Maßnahmen, Zeile 4, Spalte ID (A4): ist leer, muss aber ausgefüllt sein',
    ],
    [
      'duplicate id',
      (ws) => (ws.getCell('A5').value = 'BN-01'),
      'Maßnahmen, Zeile 5, Spalte ID (A5): „BN-01“ steht schon in Zeile 2',
    ],
    [
      'unknown work area',
      (ws) => (ws.getCell('D6').value = 'mond'),
      'Maßnahmen, Zeile 6, Spalte Handlungsfeld (D6): „mond“ gibt es im Blatt Handlungsfelder nicht',
    ],
    [
      'unknown partner',
      (ws) => (ws.getCell('G2').value = 'ihk'),
      'Maßnahmen, Zeile 2, Spalte Federführung (G2): „ihk“ gibt es im Blatt Partner nicht; vorhanden: stadt, kammer',
    ],
    [
      'impossible date',
      (ws) => (ws.getCell('I7').value = '30.02.2026'),
      'Maßnahmen, Zeile 7, Spalte Beginn (I7): „30.02.2026“ ist kein Datum',
    ],
    [
      'progress above 100',
      (ws) => (ws.getCell('F8').value = 150),
      'Maßnahmen, Zeile 8, Spalte Fortschritt (F8): „150“ liegt nicht zwischen 0 und 100',
    ],
    [
      'progress not a number',
      (ws) => (ws.getCell('F9').value = 'viel'),
      'Maßnahmen, Zeile 9, Spalte Fortschritt (F9): „viel“ ist keine Zahl',
    ],
    [
      'id unsafe as a file name',
      (ws) => (ws.getCell('A10').value = '../etc'),
      'Maßnahmen, Zeile 10, Spalte ID (A10): „../etc“: eine Maßnahmen-ID darf nur',
    ],
  ];
  it.each(cases)('%s', async (_name, edit, expected) => {
    const result = await check(sixAreaPlan, (wb) => edit(sheet(wb, 'Maßnahmen')));
    expect(errorsOf(result.messages).join('\n')).toContain(`error: ${expected}`);
    expect(result.dataset).toBeUndefined();
  });

  it('reports every problem at once, across sheets', async () => {
    const result = await check(sixAreaPlan, (wb) => {
      sheet(wb, 'Maßnahmen').getCell('E3').value = 'erledigt';
      sheet(wb, 'Maßnahmen').getCell('F4').value = -5;
      sheet(wb, 'Meilensteine').getCell('A2').value = 'XX-99';
      sheet(wb, 'Links').getCell('C2').value = 'javascript:alert(1)';
      sheet(wb, 'Stände').getCell('D2').value = 101;
      sheet(wb, 'Plan').getCell('B8').value = 'gestern';
    });
    const errors = errorsOf(result.messages);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Maßnahmen, Zeile 3, Spalte Status (E3): „erledigt“ ist kein Status'),
        expect.stringContaining('Maßnahmen, Zeile 4, Spalte Fortschritt (F4): „-5“ liegt nicht zwischen 0 und 100'),
        expect.stringContaining('Meilensteine, Zeile 2, Spalte Maßnahme (A2): „XX-99“ gibt es im Blatt Maßnahmen nicht'),
        expect.stringContaining(
          'Links, Zeile 2, Spalte URL (C2): „javascript:alert(1)“: nur Adressen mit https:, http: oder mailto:',
        ),
        expect.stringContaining('Stände, Zeile 2, Spalte Fortschritt (D2): „101“ liegt nicht zwischen 0 und 100'),
        expect.stringContaining('Plan, Zeile 8, Spalte Datenstand (B8): „gestern“ ist kein Datum'),
      ]),
    );
    expect(errors).toHaveLength(6);
  });

  it('names a missing column and a missing sheet', async () => {
    const result = await check(sixAreaPlan, (wb) => {
      sheet(wb, 'Maßnahmen').getCell('E1').value = 'Zustand';
      wb.removeWorksheet(sheet(wb, 'Partner').id);
    });
    expect(errorsOf(result.messages)).toEqual(
      expect.arrayContaining([
        'error: Maßnahmen, Zeile 1: Die Spalte „Status“ fehlt in der Kopfzeile.',
        'error: Partner: Das Blatt fehlt.',
      ]),
    );
  });
});

describe('check: warnings do not block', () => {
  it('flags implausible but valid data and still returns the data set', async () => {
    const result = await check(sixAreaPlan, (wb) => {
      const ws = sheet(wb, 'Maßnahmen');
      ws.getCell('F3').value = 100; // in Umsetzung with 100 %
      ws.getCell('J5').value = '01.01.2026'; // NA-02? row 5 is NA-02 (in Umsetzung); row 8 is WF… see below
      ws.getCell('M3').value = '01.01.2026'; // no update for ten months
      const areas = sheet(wb, 'Handlungsfelder');
      areas.addRow(['leer', 'Ohne Maßnahmen', '', 'area-7', 7]);
    });
    expect(errorsOf(result.messages)).toEqual([]);
    expect(result.dataset).toBeDefined();
    expect(result.messages).toEqual(
      expect.arrayContaining([
        'warning: Maßnahmen, Zeile 3, Spalte Fortschritt (F3): Fortschritt 100, aber Status „in Umsetzung“ statt „abgeschlossen“',
        'warning: Maßnahmen, Zeile 3, Spalte Zuletzt aktualisiert (M3): In Umsetzung, aber seit 2026-01-01 (über sechs Monate) kein Fortschrittsbericht',
        'warning: Handlungsfelder, Zeile 8, Spalte ID (A8): Dieses Handlungsfeld hat keine Maßnahme',
      ]),
    );
  });

  it('warns when a due date passed and the measure is still planned', async () => {
    // Row 8 is WF-01, the planned measure of the third area.
    const result = await check(sixAreaPlan, (wb) => (sheet(wb, 'Maßnahmen').getCell('J8').value = '2026-05-31'));
    expect(result.messages).toContain(
      'warning: Maßnahmen, Zeile 8, Spalte Fällig (J8): Fällig am 2026-05-31, vor dem Datenstand 2026-11-02, aber noch „geplant“',
    );
  });
});

describe('check: what Excel really produces', () => {
  it('accepts date serials, text dates, comma decimals, formulas with values, extra and reordered columns, empty rows', async () => {
    const result = await check(sixAreaPlan, (wb) => {
      const ws = sheet(wb, 'Maßnahmen');
      ws.getCell('I2').value = 46037; // Excel serial of 2026-01-15, in a cell without date format
      ws.getCell('J2').value = '30.6.27';
      ws.getCell('F3').value = '31,5';
      ws.getCell('F4').value = { formula: 'SUM(30,1)', result: 31 };
      ws.getCell('N1').value = 'Bemerkung intern';
      ws.getCell('N2').value = 'wird ignoriert';
      ws.addRow([]);
      ws.addRow(['  ', null, '']);
      // Reordered: swap the Beginn and Fällig columns of the milestone sheet.
      const ms = sheet(wb, 'Meilensteine');
      for (let r = 1; r <= ms.rowCount; r++) {
        const row = ms.getRow(r);
        const [c, d] = [row.getCell(3).value, row.getCell(4).value];
        row.getCell(3).value = d;
        row.getCell(4).value = c;
      }
    });
    expect(errorsOf(result.messages)).toEqual([]);
    const [first, second, third] = result.dataset!.measures;
    expect(first).toMatchObject({ start: '2026-01-15', due: '2027-06-30' });
    expect(second!.progress).toBe(31.5);
    expect(third!.progress).toBe(31);
    expect(first!.milestones).toEqual(sixAreaPlan.measures[0]!.milestones);
    expect(result.dataset!.measures).toHaveLength(12);
  });

  it('reports a formula without a stored value instead of computing it', async () => {
    const result = await check(
      sixAreaPlan,
      (wb) => (sheet(wb, 'Maßnahmen').getCell('F2').value = { formula: 'A1*2', date1904: false }),
    );
    expect(errorsOf(result.messages)).toContain(
      'error: Maßnahmen, Zeile 2, Spalte Fortschritt (F2): Formel ohne gespeicherten Wert: die Datei in Excel öffnen und speichern',
    );
  });
});

describe('check: hostile content', () => {
  it('uses the stored text of a HYPERLINK formula and keeps HTML, script, emoji and long titles as plain text', async () => {
    const long = `Titel ${'x'.repeat(1994)}`;
    const result = await check(sixAreaPlan, (wb) => {
      const ws = sheet(wb, 'Maßnahmen');
      ws.getCell('B2').value = { formula: 'HYPERLINK("javascript:alert(1)","Klick mich")', result: 'Klick mich' };
      ws.getCell('B3').value = '<script>alert("x")</script><img src=x onerror=alert(1)>';
      ws.getCell('B4').value = long;
      ws.getCell('B5').value = 'Handwerk 🛠️🔨 👩🏽‍🔧';
      ws.getCell('C2').value = "=cmd|' /C calc'!A0";
    });
    expect(errorsOf(result.messages)).toEqual([]);
    const titles = result.dataset!.measures.map((m) => m.title);
    expect(titles.slice(0, 4)).toEqual([
      'Klick mich',
      '<script>alert("x")</script><img src=x onerror=alert(1)>',
      long,
      'Handwerk 🛠️🔨 👩🏽‍🔧',
    ]);
    expect(long).toHaveLength(2000);
    expect(result.dataset!.measures[0]!.summary).toBe("=cmd|' /C calc'!A0");
  });

  it('rejects a text beyond the contract and shows control characters harmlessly', async () => {
    const result = await check(sixAreaPlan, (wb) => {
      sheet(wb, 'Maßnahmen').getCell('B2').value = 'y'.repeat(6000);
      sheet(wb, 'Maßnahmen').getCell('E3').value = '\u001b[31mrot';
    });
    const errors = errorsOf(result.messages);
    expect(errors).toContain(
      'error: Maßnahmen, Zeile 2, Spalte Titel (B2): „' +
        'y'.repeat(57) +
        '…“ ist 6000 Zeichen lang; erlaubt sind höchstens 5000',
    );
    expect(errors.join('\n')).not.toContain('\u001b');
    expect(errors.join('\n')).toContain('[31mrot“ ist kein Status');
  });

  it('names empty sheets and merged cells', async () => {
    const result = await check(sixAreaPlan, (wb) => {
      wb.removeWorksheet(sheet(wb, 'Maßnahmen').id);
      wb.addWorksheet('Maßnahmen');
      sheet(wb, 'Handlungsfelder').mergeCells('B2:B3');
    });
    const errors = errorsOf(result.messages);
    expect(errors).toContain(
      'error: Maßnahmen, Zeile 1: Die Kopfzeile fehlt; erwartet: ID, Titel, Beschreibung, Handlungsfeld, Status, Fortschritt, Federführung, Beteiligte, Beginn, Fällig, Schlagworte, Kennzahlen, Zuletzt aktualisiert.',
    );
    expect(errors).toContain('error: Handlungsfelder, Zeile 3, Spalte Name (B3): ist leer, muss aber ausgefüllt sein');
    expect(result.messages).toContain(
      'warning: Handlungsfelder, Zeile 3, Spalte Name (B3): ist mit B2 verbunden; es zählt nur der Wert in B2',
    );
  });

  it('takes an empty optional sheet as "none"', async () => {
    const result = await check(sixAreaPlan, (wb) => {
      wb.removeWorksheet(sheet(wb, 'Meilensteine').id);
      wb.addWorksheet('Meilensteine');
    });
    expect(result.messages).toEqual([]);
    expect(result.dataset!.measures.every((m) => m.milestones.length === 0)).toBe(true);
  });
});
