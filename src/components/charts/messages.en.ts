import type { BaseOf, EnglishOf } from '../../i18n/i18n';
import type { chartMessages } from './messages';

export const en: { charts: EnglishOf<BaseOf<typeof chartMessages>> } = {
  charts: {
    quarter: 'Quarter',
    value: 'Value',
    indicatorSummary: 'Latest {latest} ({quarter}); target {year}: {target}, baseline {baseline}.',
    indicatorAttainment: 'That is {percent} of the way from the baseline to the target.',
    indicatorNoData: 'No values yet. Target {year}: {target}.',
    targetLine: 'Target {year}: {value}',
    source: 'Source: {source}',
  },
};
