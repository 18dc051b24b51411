import { useQuery } from '@tanstack/react-query';
import { useStore } from '@nanostores/react';
import { planQuery } from '../../api/queries';
import { PageHeading } from '../../components/page-heading';
import { QueryState } from '../../components/query-state';
import { SafeLink } from '../../components/safe-link';
import { useLanguage } from '../../i18n/i18n';
import { formatDate, formatList } from '../../lib/format';
import { aboutMessages } from './messages';

export function AboutPage() {
  const t = useStore(aboutMessages);
  const lang = useLanguage();
  const plan = useQuery(planQuery());
  return (
    <article className="page page--narrow prose">
      <PageHeading>{t.title}</PageHeading>
      <p>{t.intro}</p>
      <QueryState query={plan} what="plan">
        {(data) => (
          <>
            <p>
              {t.planIntro({
                title: data.title,
                adopted: formatDate(data.adoptedOn, lang, 'long'),
                signed: formatDate(data.signedOn, lang, 'long'),
                partners: formatList(
                  data.partners.map((p) => p.name),
                  lang,
                ),
              })}
            </p>
            <h2>{t.facts}</h2>
            <dl className="facts">
              <dt>{t.planTitle}</dt>
              <dd>{data.title}</dd>
              {data.city ? (
                <>
                  <dt>{t.city}</dt>
                  <dd>{data.city}</dd>
                </>
              ) : null}
              <dt>{t.adopted}</dt>
              <dd>{formatDate(data.adoptedOn, lang, 'long')}</dd>
              <dt>{t.signed}</dt>
              <dd>{formatDate(data.signedOn, lang, 'long')}</dd>
              <dt>{t.dataDate}</dt>
              <dd>{formatDate(data.dataDate, lang, 'long')}</dd>
              <dt>{t.partners}</dt>
              <dd>
                <ul>
                  {data.partners.map((partner) => (
                    <li key={partner.id}>{partner.name}</li>
                  ))}
                </ul>
              </dd>
            </dl>
            {data.illustrative ? (
              <>
                <h2>{t.illustrativeTitle}</h2>
                <p>{data.note}</p>
              </>
            ) : null}
            <p>{t.freshness}</p>
            {data.links.length > 0 ? (
              <>
                <h2>{t.links}</h2>
                <ul>
                  {data.links.map((link) => (
                    <li key={`${link.label}-${link.url}`}>
                      <SafeLink url={link.url}>{link.label}</SafeLink>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        )}
      </QueryState>
    </article>
  );
}
