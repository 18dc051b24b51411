import { params } from '@nanostores/i18n';
import { i18n } from '../../i18n/i18n';

export const aboutMessages = i18n('about', {
  title: 'Über die Daten',
  intro: 'Woher die Zahlen kommen, wer den Plan trägt und worauf sich die Angaben beziehen.',
  planIntro: params(
    '„{title}“ wurde am {adopted} beschlossen und am {signed} von {partners} unterzeichnet. Einmal im Jahr prüfen die Partner im Spitzengespräch den Stand der Umsetzung.',
  ),
  facts: 'Eckdaten',
  planTitle: 'Plan',
  city: 'Stadt',
  adopted: 'Ratsbeschluss',
  signed: 'Unterzeichnung',
  dataDate: 'Datenstand',
  partners: 'Partner',
  illustrativeTitle: 'Beispieldaten',
  links: 'Weiterführende Links',
  freshness:
    'Alle Angaben „überfällig“, „seit dem letzten Spitzengespräch“ und „veraltet“ beziehen sich auf den Datenstand, nicht auf das heutige Datum.',
});

/**
 * Leichte Sprache: short sentences, one statement each, common words, no abbreviations
 * (rules of the Netzwerk Leichte Sprache). A first page; an expert check with readers is still due.
 */
export const easyReadMessages = i18n('easyRead', {
  title: 'Leichte Sprache',
  intro: 'Hier erklären wir diese Internet-Seite in Leichter Sprache.',
  whatTitle: 'Was ist der Master-Plan Handwerk?',
  what1: params('{city} ist eine Stadt.'),
  what2: params('In {city} gibt es viele Handwerks-Betriebe.'),
  what2NoCity: 'In unserer Stadt gibt es viele Handwerks-Betriebe.',
  what3: 'Zum Beispiel: Bäcker, Maler und Elektriker.',
  what4: 'Die Stadt will den Betrieben helfen.',
  what5: 'Dafür gibt es einen Plan. Der Plan heißt: Master-Plan Handwerk.',
  what6: 'Im Plan stehen viele Aufgaben. Eine Aufgabe heißt hier: Maßnahme.',
  pageTitle: 'Was zeigt diese Seite?',
  page1: 'Diese Seite zeigt: Welche Maßnahmen sind fertig?',
  page2: 'Welche Maßnahmen laufen gerade?',
  page3: 'Welche Maßnahmen dauern länger als geplant?',
  page4: 'Einmal im Jahr treffen sich die Partner vom Plan. Das Treffen heißt: Spitzen-Gespräch.',
  page5: 'Auf dieser Seite steht auch: Was hat sich seit dem letzten Treffen verändert?',
  dataTitle: 'Wichtig',
  data1: 'Die Zahlen auf dieser Seite sind Beispiele.',
  data2: 'Die echten Zahlen kommen später.',
  helpTitle: 'Hilfe',
  help1: 'Sie können die Seite auch mit der Tastatur bedienen.',
  help2: 'Bei jedem Bild mit Zahlen gibt es einen Knopf: Als Tabelle anzeigen. Dann sehen Sie die Zahlen als Liste.',
  help3: 'Haben Sie Fragen? Dann schreiben Sie uns eine E-Mail.',
  mail: params('E-Mail an: {name}'),
});

export const a11yMessages = i18n('a11y', {
  title: 'Erklärung zur Barrierefreiheit',
  scopeTitle: 'Geltungsbereich',
  scope: params(
    'Diese Erklärung gilt für das Dashboard „{title} – Umsetzungsstand“. Öffentliche Stellen in Nordrhein-Westfalen sind nach dem Behindertengleichstellungsgesetz NRW (BGG NRW, §§ 10–10e) und der Barrierefreie-Informationstechnik-Verordnung NRW (BITVNRW) verpflichtet, ihre Websites barrierefrei zu gestalten. Maßstab ist die EN 301 549, die auf die WCAG 2.1 Stufe AA verweist; wir bauen nach WCAG 2.2 Stufe AA.',
  ),
  statusTitle: 'Stand der Vereinbarkeit',
  status:
    'Das Dashboard ist nach eigener Prüfung weitgehend mit den Anforderungen vereinbar. Geprüft wird automatisiert mit axe-core in Chromium (helles und dunkles Farbschema, Deutsch und Englisch, Bildschirmbreiten 390, 1280 und 1920 Pixel) sowie manuell mit Tastatur.',
  limitsTitle: 'Nicht vollständig barrierefreie Inhalte',
  limits1:
    'Diagramme sind für Menschen, die nicht sehen, nur eingeschränkt nutzbar. Alternative: Jedes Diagramm hat eine kurze Textzusammenfassung und einen Schalter „Als Tabelle anzeigen“ mit denselben Zahlen.',
  limits2:
    'Eine erste Erklärung in Leichter Sprache gibt es (Seite „Leichte Sprache“). Sie ist noch nicht von Prüferinnen und Prüfern der Zielgruppe geprüft; Texte zu den einzelnen Ansichten folgen.',
  limits3: 'Die Inhalte werden von den beteiligten Stellen geliefert; Texte in den Daten können Fachbegriffe enthalten.',
  feedbackTitle: 'Feedback und Kontakt',
  feedback: params(
    'Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen? Dann schreiben Sie uns. Zuständig ist: {publisher}.',
  ),
  feedbackNoPublisher: 'Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen? Dann schreiben Sie uns.',
  enforcementTitle: 'Schlichtungsverfahren',
  enforcement:
    'Wenn Sie auf Ihre Rückmeldung keine zufriedenstellende Antwort erhalten, können Sie sich an die Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen bei der Landesbeauftragten für Menschen mit Behinderung wenden.',
  enforcementLink: 'Ombudsstelle barrierefreie IT NRW',
  dateTitle: 'Erstellung dieser Erklärung',
  date: 'Diese Erklärung wurde am 23.11.2026 erstellt und beruht auf einer Selbstbewertung.',
});
