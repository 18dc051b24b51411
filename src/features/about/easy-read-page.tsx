import { useStore } from '@nanostores/react';
import { PageHeading } from '../../components/page-heading';
import { usePlanWords } from '../../lib/use-plan-words';
import { easyReadMessages } from './messages';

/** A first page in Leichte Sprache, as NRW expects of public bodies (docs/quality.md). */
export function EasyReadPage() {
  const t = useStore(easyReadMessages);
  const { city, contact, plan } = usePlanWords();
  return (
    <article className="page page--narrow prose easy-read">
      <PageHeading>{t.title}</PageHeading>
      <p>{t.intro}</p>
      <h2>{t.whatTitle}</h2>
      {city ? <p>{t.what1({ city })}</p> : null}
      <p>{city ? t.what2({ city }) : t.what2NoCity}</p>
      <p>{t.what3}</p>
      <p>{t.what4}</p>
      <p>{t.what5}</p>
      <p>{t.what6}</p>
      <h2>{t.pageTitle}</h2>
      <ul>
        <li>{t.page1}</li>
        <li>{t.page2}</li>
        <li>{t.page3}</li>
      </ul>
      <p>{t.page4}</p>
      <p>{t.page5}</p>
      {plan?.illustrative ? (
        <>
          <h2>{t.dataTitle}</h2>
          <p>{t.data1}</p>
          <p>{t.data2}</p>
        </>
      ) : null}
      <h2>{t.helpTitle}</h2>
      <p>{t.help1}</p>
      <p>{t.help2}</p>
      <p>{t.help3}</p>
      {contact ? (
        <p>
          <a href={`mailto:${contact.address}`}>{t.mail({ name: contact.label })}</a>
        </p>
      ) : null}
    </article>
  );
}
