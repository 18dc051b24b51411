import { useStore } from '@nanostores/react';
import { PageHeading } from '../../components/page-heading';
import { usePlanWords } from '../../lib/use-plan-words';
import { a11yMessages } from './messages';

export function AccessibilityPage() {
  const t = useStore(a11yMessages);
  const { title, publisher, contact } = usePlanWords();
  return (
    <article className="page page--narrow prose">
      <PageHeading>{t.title}</PageHeading>
      <h2>{t.scopeTitle}</h2>
      <p>{t.scope({ title })}</p>
      <h2>{t.statusTitle}</h2>
      <p>{t.status}</p>
      <h2>{t.limitsTitle}</h2>
      <ul>
        <li>{t.limits1}</li>
        <li>{t.limits2}</li>
        <li>{t.limits3}</li>
      </ul>
      <h2>{t.feedbackTitle}</h2>
      <p>{publisher ? t.feedback({ publisher }) : t.feedbackNoPublisher}</p>
      {contact ? (
        <p>
          <a href={`mailto:${contact.address}`}>{contact.label}</a>: {contact.address}
        </p>
      ) : null}
      <h2>{t.enforcementTitle}</h2>
      <p>{t.enforcement}</p>
      <p>
        <a href="https://www.mags.nrw/ombudsstelle-barrierefreie-it" rel="noopener noreferrer">
          {t.enforcementLink}
        </a>
      </p>
      <h2>{t.dateTitle}</h2>
      <p>{t.date}</p>
    </article>
  );
}
