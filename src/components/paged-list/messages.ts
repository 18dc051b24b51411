import { params } from '@nanostores/i18n';
import { i18n } from '../../i18n/i18n';

export const pagedListMessages = i18n('pagedList', {
  showMore: params('{count} weitere anzeigen (noch {remaining} von {total})'),
});
