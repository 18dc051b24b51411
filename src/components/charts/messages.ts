import { params } from '@nanostores/i18n';
import { i18n } from '../../i18n/i18n';

/** Texts of the shared chart figures (indicator charts). */
export const chartMessages = i18n('charts', {
  quarter: 'Quartal',
  value: 'Wert',
  indicatorSummary: params('Zuletzt {latest} ({quarter}); Ziel {year}: {target}, Ausgangswert {baseline}.'),
  indicatorAttainment: params('Damit sind {percent} des Wegs vom Ausgangswert zum Ziel geschafft.'),
  indicatorNoData: params('Noch keine Werte. Ziel {year}: {target}.'),
  targetLine: params('Ziel {year}: {value}'),
  source: params('Quelle: {source}'),
});
