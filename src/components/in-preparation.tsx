import { useStore } from '@nanostores/react';
import { Link } from 'wouter';
import { appMessages } from '../i18n/messages';
import { paths } from '../lib/paths';
import { PageHeading } from './page-heading';

/** A view that is not built yet says so, instead of showing a blank page. */
export function InPreparation({ view }: { view: string }) {
  const t = useStore(appMessages);
  return (
    <section className="page page--narrow">
      <PageHeading>{t.inPreparationTitle({ view })}</PageHeading>
      <p>{t.inPreparationText}</p>
      <p>
        <Link href={paths.overview}>{t.backToOverview}</Link>
      </p>
    </section>
  );
}
