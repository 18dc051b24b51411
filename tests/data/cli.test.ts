import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../scripts/data/main';
import { loadWorkbook, readPlan } from '../../scripts/data/read-plan';
import { writeWorkbook } from '../../scripts/data/write-workbook';
import { sixAreaPlan } from '../fixtures/six-area-plan';

const tmp = mkdtempSync(join(tmpdir(), 'mh-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run data', () => {
  it('prints help and uses distinct exit codes', async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('Aufruf: npm run data -- <Befehl> <mappe.xlsx>');
    expect((await run()).code).toBe(2);
    expect((await run('frobnicate', 'x.xlsx')).code).toBe(2);
    expect((await run('check', join(tmp, 'missing.xlsx'))).code).toBe(2);
    expect((await run('publish', join(tmp, 'missing.xlsx'))).err).toContain('publish braucht --out <ordner>.');
  });

  it('template: every sheet, German headers, drop-downs and a guide; an empty template fails the check with named gaps', async () => {
    const file = join(tmp, 'vorlage.xlsx');
    expect((await run('template', file)).code).toBe(0);
    expect((await run('template', file)).code).toBe(3); // never overwrites without --force
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([
      'Anleitung',
      'Plan',
      'Partner',
      'Handlungsfelder',
      'Maßnahmen',
      'Meilensteine',
      'Fortschrittsberichte',
      'Links',
      'Kennzahlen',
      'Kennzahlwerte',
      'Spitzengespräche',
      'Vereinbarungen',
      'Stände',
    ]);
    const measures = wb.getWorksheet('Maßnahmen')!;
    expect(measures.getRow(1).values).toEqual(
      expect.arrayContaining(['ID', 'Titel', 'Status', 'Fortschritt', 'Federführung', 'Fällig']),
    );
    const validations = (measures as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } })
      .dataValidations.model;
    expect(validations['E2']?.formulae).toEqual(['"geplant,in Umsetzung,verzögert,abgeschlossen,ruht"']);
    expect(validations['G2']?.formulae).toEqual(["'Partner'!$A$2:$A$500"]);
    expect(validations['D2']?.formulae).toEqual(["'Handlungsfelder'!$A$2:$A$500"]);
    const checked = await run('check', file);
    expect(checked.code).toBe(1);
    expect(checked.err).toContain('Fehler: Plan, Zeile 2, Spalte ID (B2): ist leer, muss aber ausgefüllt sein');
    expect(checked.err).toContain('Fehler: Partner: Es ist kein Partner eingetragen.');
  });

  it('export: the sample plan passes the check (warnings only, exit 0)', async () => {
    const file = join(tmp, 'beispiel.xlsx');
    expect((await run('export', file)).code).toBe(0);
    const checked = await run('check', file, '--quiet');
    expect(checked.code).toBe(0);
    expect(checked.err).toMatch(/^0 Fehler, \d+ Warnung(en)?\.$/m);
  });
});

describe('npm run data -- snapshot', () => {
  it('freezes every measure of a new meeting, keeps a backup, and refuses to do it twice', async () => {
    const file = join(tmp, 'plan.xlsx');
    await writeWorkbook(sixAreaPlan, file);
    const original = readFileSync(file);

    const first = await run('snapshot', file, '--meeting', '2. Runder Tisch Handwerk', '--date', '2026-11-02', '--quiet');
    expect(first.code).toBe(0);
    expect(first.out).toContain('12 Maßnahmen für sg-2026-11-02 eingefroren (Gespräch neu angelegt)');
    const backups = readdirSync(tmp).filter((n) => n.startsWith('plan.vor-snapshot-'));
    expect(backups).toEqual(['plan.vor-snapshot-sg-2026-11-02.xlsx']);
    expect(readFileSync(join(tmp, backups[0]!)).equals(original)).toBe(true);

    const after = readPlan(await loadWorkbook(file)).dataset!;
    const meeting = after.meetings.find((m) => m.id === 'sg-2026-11-02')!;
    expect(meeting).toMatchObject({
      number: 2,
      date: '2026-11-02',
      place: 'Rathaus Musterstadt',
      title: '2. Runder Tisch Handwerk',
    });
    expect(meeting.snapshot).toEqual(
      sixAreaPlan.measures.map((m) => ({ measureId: m.id, status: m.status, progress: m.progress })),
    );
    // Nothing else changed: the earlier meeting and its frozen record are as before.
    expect(after.meetings[0]).toEqual(sixAreaPlan.meetings[0]);
    expect(after.measures).toEqual(sixAreaPlan.measures);

    const bytes = readFileSync(file);
    const again = await run('snapshot', file, '--meeting', 'sg-2026-11-02', '--date', '2026-11-02', '--quiet');
    expect(again.code).toBe(1);
    expect(again.err).toContain('schon 12 Stände eingefroren. Ein eingefrorener Stand wird nie überschrieben. Nichts geändert.');
    expect(readFileSync(file).equals(bytes)).toBe(true);

    const existing = await run('snapshot', file, '--meeting', '1. Runder Tisch Handwerk', '--date', '2026-03-10', '--quiet');
    expect(existing.code).toBe(1);
    expect(existsSync(join(tmp, 'plan.vor-snapshot-rt-2026.xlsx'))).toBe(false);
  });
});
