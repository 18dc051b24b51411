import { useStore } from '@nanostores/react';
import { Link } from 'wouter';
import { appMessages } from '../i18n/messages';
import { paths } from '../lib/paths';
import { PageHeading } from './page-heading';

interface NotFoundProps {
  title?: string;
  text?: string;
  backHref?: string;
  backLabel?: string;
}

/** The 404 view; a feature can say what was not found (e.g. a measure id) and where to go back. */
export function NotFound({ title, text, backHref = paths.overview, backLabel }: NotFoundProps) {
  const t = useStore(appMessages);
  return (
    <section className="page page--narrow">
      <PageHeading>{title ?? t.notFoundTitle}</PageHeading>
      <p>{text ?? t.notFoundText}</p>
      <p>
        <Link href={backHref}>{backLabel ?? t.backToOverview}</Link>
      </p>
    </section>
  );
}
