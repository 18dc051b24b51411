import { i18n } from '../../i18n/i18n';

export const aboutMessages = i18n('about', {
  title: 'Über die Daten',
  intro:
    'Der Masterplan Handwerk wurde im Februar 2023 vom Rat der Landeshauptstadt Düsseldorf beschlossen und von Stadt, Handwerkskammer Düsseldorf und Kreishandwerkerschaft Düsseldorf unterzeichnet. Er enthält mehr als 80 konkrete Maßnahmen in mehreren Handlungsfeldern. Einmal im Jahr prüfen Oberbürgermeister und Handwerksvertretungen im Spitzengespräch den Stand der Umsetzung.',
  facts: 'Eckdaten',
  adopted: 'Ratsbeschluss',
  signed: 'Unterzeichnung',
  dataDate: 'Datenstand',
  partners: 'Partner',
  illustrativeTitle: 'Beispieldaten',
  links: 'Weiterführende Links',
  freshness:
    'Alle Angaben „überfällig“, „seit dem letzten Spitzengespräch“ und „veraltet“ beziehen sich auf den Datenstand, nicht auf das heutige Datum.',
});

export const a11yMessages = i18n('a11y', {
  title: 'Erklärung zur Barrierefreiheit',
  scopeTitle: 'Geltungsbereich',
  scope:
    'Diese Erklärung gilt für das Dashboard „Masterplan Handwerk Düsseldorf – Umsetzungsstand“. Als öffentliche Stelle in Nordrhein-Westfalen ist die Landeshauptstadt Düsseldorf nach dem Behindertengleichstellungsgesetz NRW (BGG NRW, §§ 10–10e) und der Barrierefreie-Informationstechnik-Verordnung NRW (BITVNRW) verpflichtet, ihre Websites barrierefrei zu gestalten. Maßstab ist die EN 301 549, die auf die WCAG 2.1 Stufe AA verweist; wir bauen nach WCAG 2.2 Stufe AA.',
  statusTitle: 'Stand der Vereinbarkeit',
  status:
    'Das Dashboard ist nach eigener Prüfung weitgehend mit den Anforderungen vereinbar. Geprüft wird automatisiert mit axe-core in Chromium (helles und dunkles Farbschema, Deutsch und Englisch, Bildschirmbreiten 390, 1280 und 1920 Pixel) sowie manuell mit Tastatur.',
  limitsTitle: 'Nicht vollständig barrierefreie Inhalte',
  limits1:
    'Diagramme sind für Menschen, die nicht sehen, nur eingeschränkt nutzbar. Alternative: Jedes Diagramm hat eine kurze Textzusammenfassung und einen Schalter „Als Tabelle anzeigen“ mit denselben Zahlen.',
  limits2: 'Texte in Leichter Sprache sind noch nicht vorhanden. Sie sind für die wichtigsten Seiten geplant.',
  limits3: 'Die Inhalte werden von den beteiligten Stellen geliefert; Texte in den Daten können Fachbegriffe enthalten.',
  feedbackTitle: 'Feedback und Kontakt',
  feedback:
    'Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen? Dann schreiben Sie uns. Zuständig ist die Wirtschaftsförderung der Landeshauptstadt Düsseldorf (Beispielangabe bis zur Veröffentlichung):',
  feedbackMail: 'E-Mail an die Wirtschaftsförderung',
  enforcementTitle: 'Schlichtungsverfahren',
  enforcement:
    'Wenn Sie auf Ihre Rückmeldung keine zufriedenstellende Antwort erhalten, können Sie sich an die Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen bei der Landesbeauftragten für Menschen mit Behinderung wenden.',
  enforcementLink: 'Ombudsstelle barrierefreie IT NRW',
  dateTitle: 'Erstellung dieser Erklärung',
  date: 'Diese Erklärung wurde am 23.11.2026 erstellt und beruht auf einer Selbstbewertung.',
});
