/**
 * `npm run data -- <command>`: the data maintainer's tool (see `--help`). Runs in Node through
 * Vite's module runner (scripts/data/cli.mjs), so it imports the app's TypeScript — schemas, CSV
 * format, messages — directly; none of this is reachable from the browser entry. Imports are
 * static on purpose: the runner is closed once this module is loaded, so a later import() fails.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { getDataset, type Dataset } from '../../mocks/dataset';
import { buildSite } from './build-site';
import { formatIssue, type Issue } from './issues';
import { isReplaceable, publishedFiles, writeOutput } from './publish';
import { loadWorkbook, readPlan } from './read-plan';
import { snapshot } from './snapshot';
import { writeWorkbook } from './write-workbook';

/** Exit codes a script can rely on. */
export const EXIT = { ok: 0, invalid: 1, usage: 2, failed: 3 } as const;

export const HELP = `Masterplan Handwerk – Daten aus einer Excel-Mappe

Aufruf: npm run data -- <Befehl> <mappe.xlsx> [Optionen]

Befehle:
  template <mappe.xlsx>                leere Mappe mit allen Blättern, Auswahllisten und Anleitung
  export <mappe.xlsx>                  die Beispieldaten des Dashboards als Mappe (zum Ausprobieren)
  check <mappe.xlsx>                   alle Fehler und Warnungen auf einmal, mit Blatt, Zeile und Spalte
  publish <mappe.xlsx> --out <ordner>  prüfen und die JSON-Dateien der API + Open-Data-Dateien schreiben
  build <mappe.xlsx> [--out dist]      prüfen, veröffentlichen und die Anwendung bauen (npm run build:data)
  snapshot <mappe.xlsx> --meeting "<Titel oder ID>" --date JJJJ-MM-TT [--place "<Ort>"]
                                       Status und Fortschritt aller Maßnahmen für ein Spitzengespräch
                                       einfrieren (nur anfügen; legt vorher eine Sicherungskopie an)

Optionen:
  --force     template/export: eine vorhandene Datei überschreiben
  --quiet     keine Fortschrittsmeldungen
  -h, --help  diese Hilfe

Exit-Codes: 0 in Ordnung (Warnungen erlaubt) · 1 Fehler in der Mappe, nichts geschrieben ·
            2 falscher Aufruf · 3 Datei nicht lesbar/schreibbar`;

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

interface Args {
  command?: string;
  file?: string;
  options: Map<string, string | true>;
}

function parseArgs(argv: readonly string[]): Args {
  const options = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h') options.set('help', true);
    else if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      const next = argv[i + 1];
      if (inline !== undefined) options.set(name, inline);
      else if (['out', 'meeting', 'date', 'place'].includes(name) && next !== undefined) {
        options.set(name, next);
        i++;
      } else options.set(name, true);
    } else positional.push(arg);
  }
  return { command: positional[0], file: positional[1], options };
}

function plural(n: number, one: string, other: string): string {
  return `${n.toLocaleString('de-DE')} ${n === 1 ? one : other}`;
}

function report(issues: readonly Issue[], io: CliIo): void {
  const errors = issues.filter((i) => i.level === 'error');
  const warnings = issues.filter((i) => i.level === 'warning');
  for (const issue of errors) io.err(`Fehler: ${formatIssue(issue)}`);
  for (const issue of warnings) io.err(`Warnung: ${formatIssue(issue)}`);
  io.err(`${plural(errors.length, 'Fehler', 'Fehler')}, ${plural(warnings.length, 'Warnung', 'Warnungen')}.`);
}

/** Reads and checks; the data set only when there is no error (else the report is printed). */
async function checked(file: string, io: CliIo, progress: (line: string) => void): Promise<Dataset | undefined> {
  progress(`Lese ${file} …`);
  const workbook = await loadWorkbook(file);
  progress('Prüfe …');
  const result = readPlan(workbook);
  progress(
    `${plural(result.counts.measures, 'Maßnahme', 'Maßnahmen')} in ${plural(result.counts.workAreas, 'Handlungsfeld', 'Handlungsfeldern')}, ${plural(result.counts.meetings, 'Spitzengespräch', 'Spitzengesprächen')}.`,
  );
  report(result.issues, io);
  return result.dataset;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  if (args.options.has('help') || args.command === 'help' || args.command === undefined) {
    io.out(HELP);
    return args.command === undefined && !args.options.has('help') ? EXIT.usage : EXIT.ok;
  }
  const started = Date.now();
  const progress = args.options.has('quiet')
    ? () => {}
    : (line: string) => io.err(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${line}`);
  const usage = (message: string) => {
    io.err(`${message}\n\n${HELP}`);
    return EXIT.usage;
  };
  const { command, file } = args;
  if (!file) return usage(`„${command}“ braucht eine Mappe (.xlsx).`);
  const option = (name: string): string | undefined => {
    const value = args.options.get(name);
    return typeof value === 'string' ? value : undefined;
  };

  try {
    switch (command) {
      case 'template':
      case 'export': {
        if (existsSync(file) && !args.options.has('force')) {
          io.err(`${file} gibt es schon; mit --force überschreiben.`);
          return EXIT.failed;
        }
        const data = command === 'export' ? getDataset(undefined) : undefined;
        await writeWorkbook(data, file);
        io.out(`${file} geschrieben${data ? ` (${plural(data.measures.length, 'Maßnahme', 'Maßnahmen')})` : ''}.`);
        return EXIT.ok;
      }
      case 'check': {
        if (!existsSync(file)) return usage(`${file} nicht gefunden.`);
        const data = await checked(file, io, progress);
        return data ? EXIT.ok : EXIT.invalid;
      }
      case 'publish':
      case 'build': {
        const outDir = option('out') ?? (command === 'build' ? 'dist' : undefined);
        if (!outDir) return usage('publish braucht --out <ordner>.');
        if (!existsSync(file)) return usage(`${file} nicht gefunden.`);
        // Never replace a folder that is not ours (e.g. --out .).
        if (!isReplaceable(outDir, command === 'build' ? 'index.html' : 'api/v1/plan.json')) {
          io.err(`${outDir} ist nicht leer und keine frühere Ausgabe; bitte einen anderen Ordner wählen.`);
          return EXIT.failed;
        }
        const data = await checked(file, io, progress);
        if (!data) {
          io.err('Nichts geschrieben.');
          return EXIT.invalid;
        }
        const files = publishedFiles(data);
        progress(`Schreibe ${plural(files.length, 'Datei', 'Dateien')} nach ${outDir} …`);
        if (command === 'build') {
          await buildSite(outDir, files, progress);
        } else await writeOutput(outDir, files);
        io.out(`Fertig: ${resolve(outDir)} (${plural(files.length, 'Datendatei', 'Datendateien')}).`);
        return EXIT.ok;
      }
      case 'snapshot': {
        const meeting = option('meeting');
        const date = option('date');
        if (!meeting || !date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
          return usage('snapshot braucht --meeting "<Titel oder ID>" und --date JJJJ-MM-TT.');
        }
        if (!existsSync(file)) return usage(`${file} nicht gefunden.`);
        const data = await checked(file, io, progress);
        if (!data) {
          io.err('Nichts geändert.');
          return EXIT.invalid;
        }
        const workbook = await loadWorkbook(file, 'toModify');
        const place = option('place');
        const outcome = await snapshot(file, workbook, data, { meeting, date, ...(place ? { place } : {}) });
        if (!outcome.ok) {
          io.err(`${outcome.message} Nichts geändert.`);
          return EXIT.invalid;
        }
        io.out(
          `${plural(outcome.entries, 'Maßnahme', 'Maßnahmen')} für ${outcome.meetingId} eingefroren${outcome.created ? ' (Gespräch neu angelegt)' : ''}. Sicherungskopie: ${outcome.backup}`,
        );
        return EXIT.ok;
      }
      default:
        return usage(`Unbekannter Befehl „${command}“.`);
    }
  } catch (error) {
    io.err(`Abgebrochen: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.failed;
  }
}
