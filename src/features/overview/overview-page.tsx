import { useStore } from '@nanostores/react';
import { InPreparation } from '../../components/in-preparation';
import { appMessages } from '../../i18n/messages';

export function OverviewPage() {
  const t = useStore(appMessages);
  return <InPreparation view={t.navOverview} />;
}
