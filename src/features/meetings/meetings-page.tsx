import { useStore } from '@nanostores/react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { measuresQuery, meetingsQuery, planQuery, workAreasQuery } from '../../api/queries';
import { PageHeading } from '../../components/page-heading';
import { QueriesState } from '../../components/queries-state';
import { QueryState } from '../../components/query-state';
import { SearchParamNotice } from '../../components/search-param-notice';
import { reportHref } from '../../lib/report-search';
import { deckHref } from '../../lib/deck-search';
import { meetingsSearchSpec, NOW } from '../../lib/meetings-search';
import { useSearchState } from '../../lib/search-params';
import { MeetingCard } from './meeting-card';
import { MeetingsComparison } from './meetings-comparison';
import { meetingsMessages } from './messages';
import './meetings.css';
import { usePlanWords } from '../../lib/use-plan-words';

export function MeetingsPage() {
  const t = useStore(meetingsMessages);
  const search = useSearchState(meetingsSearchSpec);
  // Where the deck's Esc comes back to: this comparison, rebuilt from the valid values only, so a
  // foreign or odd parameter in the address (`ref=Rat(2026)'s`) cannot spoil the link.
  const here = search.hrefFor({});
  const meetings = useQuery(meetingsQuery());
  const plan = useQuery(planQuery());
  const { partners } = usePlanWords();
  const measures = useQuery(measuresQuery());
  const workAreas = useQuery(workAreasQuery());

  const bisMeeting = search.values.bis && search.values.bis !== NOW ? search.values.bis : '';
  const knownBis = meetings.data?.some((m) => m.id === bisMeeting) ? bisMeeting : '';

  return (
    <section className="page meetings-page">
      <PageHeading>{t.title}</PageHeading>
      <p className="meetings-page__intro">{partners ? t.introPartners({ partners }) : t.intro}</p>
      <p>
        <Link className="button" href={deckHref({ stand: knownBis, zurueck: here })}>
          <span aria-hidden="true">▶ </span>
          {t.showDeck}
        </Link>{' '}
        <Link className="button button--ghost" href={reportHref({ stand: knownBis })}>
          {t.showReport}
        </Link>
      </p>
      <SearchParamNotice invalid={search.invalid} onDismiss={search.clearInvalid} />

      <section aria-labelledby="meetings-compare" className="meetings-section">
        <h2 id="meetings-compare">{t.compareTitle}</h2>
        <QueriesState queries={{ meetings, plan, measures, workAreas }}>
          {(data) => (
            <MeetingsComparison
              meetings={data.meetings}
              plan={data.plan}
              measures={data.measures}
              workAreas={data.workAreas}
              search={search}
            />
          )}
        </QueriesState>
      </section>

      <section aria-labelledby="meetings-list" className="meetings-section">
        <h2 id="meetings-list">{t.listTitle}</h2>
        <QueryState
          query={meetings}
          what="meetings"
          isEmpty={(list) => list.length === 0}
          empty={<p className="state state--empty">{t.noMeetings}</p>}
        >
          {(list) => (
            <ol className="meetings-list">
              {[...list].reverse().map((meeting) => (
                <li key={meeting.id}>
                  <MeetingCard
                    meeting={meeting}
                    dataDate={plan.data?.dataDate}
                    measures={measures.data}
                    deckLink={deckHref({ stand: meeting.id, zurueck: here })}
                  />
                </li>
              ))}
            </ol>
          )}
        </QueryState>
      </section>
    </section>
  );
}
