import { count, params } from '@nanostores/i18n';
import { i18n } from './i18n';

/** Texts of the shell: header, navigation, settings, fallback pages. */
export const appMessages = i18n('app', {
  /** Neutral: shown until the plan (and its own title) has loaded. */
  title: 'Masterplan Handwerk',
  subtitle: 'Umsetzungsstand',
  skipLink: 'Zum Inhalt springen',
  dataDate: params('Datenstand: {date}'),
  illustrative: 'Beispieldaten',
  illustrativeHint: 'Maßnahmen, Kennzahlen und Fortschritte sind illustrative Beispieldaten.',
  planLoading: 'Plan wird geladen …',
  footer: params('Partner des Plans: {partners}.'),
  newTab: '(öffnet in neuem Tab)',
  offline:
    'Keine Verbindung. Angezeigte Daten sind möglicherweise nicht aktuell; sie werden aktualisiert, sobald die Verbindung zurück ist.',
  navLabel: 'Hauptnavigation',
  navOverview: 'Übersicht',
  navMeasures: 'Maßnahmen',
  navMeetings: 'Spitzengespräche',
  navPresentation: 'Präsentation',
  navAbout: 'Über die Daten',
  navAccessibility: 'Barrierefreiheit',
  navEasyRead: 'Leichte Sprache',
  switchLanguage: 'English',
  switchLanguageLabel: 'Switch to English',
  theme: 'Farbschema',
  themeSystem: 'System',
  themeLight: 'Hell',
  themeDark: 'Dunkel',
  notFoundTitle: 'Seite nicht gefunden',
  notFoundText: 'Diese Adresse gibt es im Dashboard nicht. Vielleicht ist der Link veraltet.',
  backToOverview: 'Zur Übersicht',
  crashTitle: 'Etwas ist schiefgelaufen',
  crashText: 'Diese Ansicht konnte nicht angezeigt werden. Ihre Einstellungen und Filter bleiben erhalten.',
  crashReload: 'Seite neu laden',
  inPreparationTitle: params('{view} – in Vorbereitung'),
  inPreparationText: 'Diese Ansicht wird gerade gebaut. Bis dahin finden Sie den Umsetzungsstand in der Übersicht.',
});

/** Labels of the status vocabularies (never shown by colour alone). */
export const statusMessages = i18n('status', {
  planned: 'geplant',
  in_progress: 'in Umsetzung',
  delayed: 'verzögert',
  completed: 'abgeschlossen',
  on_hold: 'ruht',
  agreementOpen: 'offen',
  agreementInProgress: 'in Arbeit',
  agreementDone: 'erledigt',
  measureCount: count({ one: '{count} Maßnahme', other: '{count} Maßnahmen' }),
});

/** Widget states, resource names for error messages, URL notices and chart switches. */
export const stateMessages = i18n('state', {
  plan: 'Plan',
  workAreas: 'Handlungsfelder',
  measures: 'Maßnahmen',
  measure: 'Maßnahme',
  indicators: 'Kennzahlen',
  meetings: 'Spitzengespräche',
  view: 'Ansicht',
  loading: params('Lade {what} …'),
  slow: 'Das dauert länger als gewohnt. Wir warten weiter auf die Antwort.',
  retry: 'Erneut versuchen',
  paused: params('Keine Verbindung – {what}: Laden, sobald die Verbindung zurück ist.'),
  stale: 'Nicht aktuell: Die Aktualisierung ist fehlgeschlagen. Angezeigt wird der letzte Stand.',
  empty: 'Keine Einträge vorhanden.',
  errorHttp: params('{what}: Laden fehlgeschlagen (Serverfehler {status}).'),
  errorNotFound: params('{what}: nicht gefunden.'),
  errorTimeout: params('Zeitüberschreitung beim Laden: {what}. Der Server hat zu lange nicht geantwortet.'),
  errorNetwork: params('{what}: Laden fehlgeschlagen, keine Verbindung zum Server.'),
  errorNotJson: params('{what}: Die Antwort des Servers ist kein gültiges JSON.'),
  errorSchema: params('{what}: Die Antwort des Servers ist ungültig (Feld „{field}“). Die Daten werden nicht angezeigt.'),
  errorSchemaWhole: params('{what}: Die Antwort des Servers hat nicht die erwartete Form. Die Daten werden nicht angezeigt.'),
  errorUnknown: params('{what}: Laden fehlgeschlagen.'),
  invalidParam: params('Der Link enthielt einen ungültigen Wert für „{param}“. Er wird ignoriert.'),
  dismiss: 'Hinweis schließen',
  showTable: 'Als Tabelle anzeigen',
  chartLoading: 'Diagramm wird geladen …',
  target: params('Ziel {year}'),
});
