import { useStore } from '@nanostores/react';
import { useId } from 'react';
import { Link } from 'wouter';
import type { Agreement, Measure, Meeting } from '../../api/schemas';
import { useLanguage } from '../../i18n/i18n';
import { statusMessages } from '../../i18n/messages';
import { formatDate } from '../../lib/format';
import { isAgreementOverdue } from '../../lib/meeting-compare';
import { paths } from '../../lib/paths';
import { meetingsMessages } from './messages';

function agreementStatusText(agreement: Agreement, ts: ReturnType<typeof statusMessages.get>): string {
  if (agreement.status === 'done') return ts.agreementDone;
  return agreement.status === 'in_progress' ? ts.agreementInProgress : ts.agreementOpen;
}

const agreementGlyph = { done: '✓', in_progress: '▶', open: '○' } as const;

/** One Spitzengespräch: facts, topics, agreements (overdue relative to the data date), its deck. */
export function MeetingCard({
  meeting,
  dataDate,
  measures,
  deckLink,
}: {
  meeting: Meeting;
  dataDate: string | undefined;
  measures: Measure[] | undefined;
  deckLink: string;
}) {
  const t = useStore(meetingsMessages);
  const ts = useStore(statusMessages);
  const lang = useLanguage();
  const headingId = useId();
  const titleOf = new Map((measures ?? []).map((m) => [m.id, m.title]));
  return (
    <article className="meeting-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{meeting.title}</h3>
      <dl className="meeting-card__facts">
        <div>
          <dt>{t.date}</dt>
          <dd>
            <time dateTime={meeting.date}>{formatDate(meeting.date, lang, 'long')}</time>
            {meeting.illustrative ? <span className="badge meeting-card__badge">{t.illustrative}</span> : null}
          </dd>
        </div>
        <div>
          <dt>{t.place}</dt>
          <dd>{meeting.place}</dd>
        </div>
        <div>
          <dt>{t.participants}</dt>
          <dd>{meeting.participants.join(', ')}</dd>
        </div>
      </dl>
      <h4>{t.topics}</h4>
      <ul className="meeting-card__topics">
        {meeting.topics.map((topic, i) => (
          <li key={`${i}-${topic}`}>{topic}</li>
        ))}
      </ul>
      <h4>{t.agreements}</h4>
      {meeting.agreements.length === 0 ? (
        <p className="muted">{t.noAgreements}</p>
      ) : (
        <ul className="meeting-agreements">
          {meeting.agreements.map((agreement) => {
            const overdue = dataDate !== undefined && isAgreementOverdue(agreement, dataDate);
            return (
              <li key={agreement.id} className={`meeting-agreement${overdue ? ' meeting-agreement--overdue' : ''}`}>
                <p className="meeting-agreement__text">{agreement.text}</p>
                <dl className="meeting-agreement__meta">
                  <div>
                    <dt>{t.owner}</dt>
                    <dd>{agreement.owner}</dd>
                  </div>
                  <div>
                    <dt>{t.due}</dt>
                    <dd>
                      <time dateTime={agreement.due}>{formatDate(agreement.due, lang)}</time>
                      {overdue ? (
                        <strong className="meeting-agreement__overdue">
                          {' '}
                          <span aria-hidden="true">! </span>
                          {t.overdue}
                        </strong>
                      ) : null}
                    </dd>
                  </div>
                  <div>
                    <dt>{t.status}</dt>
                    <dd className={`meeting-agreement__status meeting-agreement__status--${agreement.status}`}>
                      <span aria-hidden="true">{agreementGlyph[agreement.status]} </span>
                      {agreementStatusText(agreement, ts)}
                    </dd>
                  </div>
                  {agreement.measureIds.length > 0 ? (
                    <div>
                      <dt>{t.measures}</dt>
                      <dd>
                        <ul className="meeting-agreement__measures">
                          {agreement.measureIds.map((id) => (
                            <li key={id}>
                              <Link href={paths.measure(id)}>
                                <span className="meetings-code">{id}</span>
                                {titleOf.has(id) ? ` ${titleOf.get(id) ?? ''}` : ''}
                              </Link>
                            </li>
                          ))}
                        </ul>
                      </dd>
                    </div>
                  ) : null}
                </dl>
              </li>
            );
          })}
        </ul>
      )}
      <p>
        <Link href={deckLink}>
          <span aria-hidden="true">▶ </span>
          {t.showDeckPinned({ date: formatDate(meeting.date, lang) })}
        </Link>
      </p>
    </article>
  );
}
