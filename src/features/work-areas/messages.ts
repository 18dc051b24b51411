import { count, params } from '@nanostores/i18n';
import { i18n } from '../../i18n/i18n';

export const workAreaMessages = i18n('workArea', {
  loadingTitle: 'Handlungsfeld',
  kicker: 'Handlungsfeld',
  notFoundTitle: 'Handlungsfeld nicht gefunden',
  notFoundText: params('Ein Handlungsfeld „{id}“ gibt es in diesem Plan nicht. Vielleicht ist der Link veraltet.'),
  backToOverview: 'Zurück zur Übersicht',
  statusLabel: 'Maßnahmen nach Status',
  progress: params('Durchschnittlicher Fortschritt: {percent}'),
  openList: 'In der Maßnahmenliste öffnen (filtern, sortieren, exportieren)',
  measuresHeading: 'Maßnahmen nach Status',
  measuresEmpty: 'Diesem Handlungsfeld sind noch keine Maßnahmen zugeordnet.',
  progressOf: params('{percent} umgesetzt'),
  indicatorsHeading: 'Kennzahlen',
  indicatorsEmpty: 'Für dieses Handlungsfeld sind keine Kennzahlen hinterlegt.',
  milestonesHeading: 'Meilensteine',
  milestonesIntro: params('Offene Meilensteine bezogen auf den Datenstand {date}.'),
  overdueHeading: 'Überfällig',
  overdueEmpty: 'Keine überfälligen Meilensteine.',
  upcomingHeading: 'Demnächst fällig (nächste sechs Monate)',
  upcomingEmpty: 'In den nächsten sechs Monaten ist kein Meilenstein fällig.',
  dueOn: params('fällig am {date}'),
  overdueBy: count({ one: 'seit {count} Tag überfällig', other: 'seit {count} Tagen überfällig' }),
  dueIn: count({ one: 'in {count} Tag', other: 'in {count} Tagen' }),
  dueToday: 'am Datenstand fällig',
  needsPlan: 'Ohne den Plan (Datenstand) lässt sich nicht sagen, was überfällig ist. Der Fehler steht oben auf der Seite.',
});
