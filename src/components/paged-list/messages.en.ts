import type { BaseOf, EnglishOf } from '../../i18n/i18n';
import type { pagedListMessages } from './messages';

export const en: { pagedList: EnglishOf<BaseOf<typeof pagedListMessages>> } = {
  pagedList: {
    showMore: 'Show {count} more ({remaining} of {total} left)',
  },
};
