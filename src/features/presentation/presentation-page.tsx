import { useStore } from '@nanostores/react';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useEffectEvent,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  type ReactNode,
} from 'react';
import { Link, useLocation } from 'wouter';
import { indicatorsQuery, measuresQuery, meetingsQuery, planQuery, workAreasQuery } from '../../api/queries';
import { useDocumentTitle } from '../../components/document-title';
import { ErrorState, LoadingState } from '../../components/loading-error';
import { useLanguage } from '../../i18n/i18n';
import { appMessages, stateMessages } from '../../i18n/messages';
import { deckSearchSpec } from '../../lib/deck-search';
import { paths } from '../../lib/paths';
import { useSearchState } from '../../lib/search-params';
import { buildDeck } from './build-deck';
import {
  deckReadiness,
  optionalResources,
  slideGaps,
  withGaps,
  type DeckSlide,
  type LoadState,
  type OptionalResource,
} from './deck-gaps';
import { deckKeyAction, type PendingDigit } from './deck-keys';
import { PrintMargins } from '../../components/print-margins';
import { DeckHandout } from './deck-handout';
import { DeckSlideContent, slideTitle, standLabel } from './deck-slides';
import { deckMessages } from './messages';
import { useAutoAdvance } from './use-auto-advance';
import { fullscreenSupported, useFullscreen } from './use-fullscreen';
import { useIdle } from './use-idle';
import './presentation.css';
import { useMarkViewPainted } from '../../lib/view-painted';

/** After this long without pointer activity the control bar fades out (never while focused). */
const IDLE_MS = 3000;

/** Keys are ignored while typing in a field, and with modifiers (browser shortcuts stay usable). */
function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName));
}
function isActivatable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && /^(BUTTON|A|SUMMARY)$/.test(target.tagName);
}

const noFailures: ReadonlySet<OptionalResource> = new Set();

function loadState(query: UseQueryResult<unknown>): LoadState {
  if (query.data !== undefined) return 'data';
  return query.isError ? 'error' : 'loading';
}

/** A slide part whose data failed: the error with retry, or a loading state while it retries. */
function Gap({ query, what }: { query: UseQueryResult<unknown>; what: OptionalResource }) {
  if (query.isFetching) return <LoadingState what={what} />;
  return <ErrorState error={query.error} what={what} onRetry={() => void query.refetch()} />;
}

/**
 * The presentation for the Spitzengespräch: full screen, no app chrome, a deck built from the data.
 *
 * URL: `?folie=3` (1-based; slide changes REPLACE the history entry, so the browser's back button
 * and Esc leave the deck in one step instead of walking back through every slide), `?bereich=`
 * (work-area filter), `?stand=sg-2025` (pinned to a meeting's snapshot), `?auto=20` (kiosk
 * auto-advance in seconds, 5–600) and `?zurueck=` (where Esc leaves to; default the overview).
 * The page's `lang` follows the language in the app's routes, as for every view.
 */
export function PresentationPage() {
  const t = useStore(deckMessages);
  const ta = useStore(appMessages);
  const lang = useLanguage();
  const [, navigate] = useLocation();
  const { values, invalid, update } = useSearchState(deckSearchSpec);
  useMarkViewPainted(); // the deck has no PageHeading

  const plan = useQuery(planQuery());
  const workAreas = useQuery(workAreasQuery());
  const measures = useQuery(measuresQuery());
  const indicators = useQuery(indicatorsQuery());
  const meetings = useQuery(meetingsQuery());
  const optionalQueries: Record<OptionalResource, UseQueryResult<unknown>> = { workAreas, indicators, meetings };

  const readiness = deckReadiness({
    plan: loadState(plan),
    measures: loadState(measures),
    workAreas: loadState(workAreas),
    indicators: loadState(indicators),
    meetings: loadState(meetings),
  });
  const failed = readiness.state === 'ready' ? readiness.failed : noFailures;
  // The deck is built and its first slide drawn in a background render (decision 022), not in the
  // synchronous render of the last answer to arrive (Lighthouse TBT; 10,000 measures).
  const planData = useDeferredValue(plan.data);
  const measureData = useDeferredValue(measures.data);
  const areaData = useDeferredValue(workAreas.data);
  const indicatorData = useDeferredValue(indicators.data);
  const meetingData = useDeferredValue(meetings.data);
  const { isError: areasFailed } = workAreas;
  const { isError: indicatorsFailed } = indicators;
  const { isError: meetingsFailed } = meetings;

  // The parsed list is a new array on every URL change (each slide step): key the memo by its text,
  // so stepping through 10,000 measures does not rebuild the deck.
  const areaKey = values.bereich.join(',');
  const slides = useMemo((): DeckSlide[] | undefined => {
    if (!planData || !measureData) return undefined;
    // Wait until each optional resource has data or has failed, so the slide count does not jump.
    const optional = { workAreas: areaData, indicators: indicatorData, meetings: meetingData };
    const settled = { workAreas: areasFailed, indicators: indicatorsFailed, meetings: meetingsFailed };
    const missing = optionalResources.filter((r) => optional[r] === undefined);
    if (missing.some((r) => !settled[r])) return undefined;
    const built = buildDeck({
      plan: planData,
      // A failed optional resource counts as empty for the figures; its slides say it failed.
      workAreas: areaData ?? [],
      measures: measureData,
      indicators: indicatorData ?? [],
      meetings: meetingData ?? [],
      filter: { areaIds: areaKey ? areaKey.split(',') : [] },
      pinnedMeetingId: values.stand || undefined,
    });
    return withGaps(built, new Set(missing));
  }, [
    planData,
    measureData,
    areaData,
    indicatorData,
    meetingData,
    areasFailed,
    indicatorsFailed,
    meetingsFailed,
    areaKey,
    values.stand,
  ]);

  const total = slides?.length ?? 1;
  const index = Math.min(values.folie, total);
  const slide: DeckSlide | undefined = slides?.[index - 1];
  const title = slide ? slideTitle(slide, t) : readiness.state === 'failed' ? t.errorTitle : t.loadingTitle;
  useDocumentTitle(`${title} – ${t.pageTitle}`);

  const notices: string[] = [];
  if (slides && values.folie > total) notices.push(t.clamped({ requested: values.folie, total }));
  const unknownMeeting = meetings.data && values.stand !== '' && !meetings.data.some((m) => m.id === values.stand);
  if (unknownMeeting) notices.push(t.unknownMeeting);
  const knownAreas = workAreas.data ? values.bereich.filter((id) => workAreas.data.some((a) => a.id === id)) : values.bereich;
  if (knownAreas.length < values.bereich.length) notices.push(t.unknownArea);
  const dismissNotices = () =>
    update({ folie: index, stand: unknownMeeting ? '' : values.stand, bereich: knownAreas }, { replace: true });

  const go = useCallback(
    (n: number) => {
      // While loading there is one placeholder slide: keep the requested number in the URL.
      if (!slides) return;
      const next = Math.min(Math.max(1, n), total);
      if (next !== values.folie) update({ folie: next }, { replace: true });
    },
    [slides, total, values.folie, update],
  );
  const backHref = values.zurueck || paths.overview;
  const leave = useCallback(() => navigate(backHref), [navigate, backHref]);

  const rootRef = useRef<HTMLElement>(null);
  const slideRef = useRef<HTMLElement>(null);
  const { active: fullscreen, toggle: toggleFullscreen } = useFullscreen(rootRef);
  const { playing, setPlaying } = useAutoAdvance({ seconds: values.auto, ready: slides !== undefined, index, total, go });
  const { idle, wake } = useIdle(IDLE_MS);

  // Focus starts on the slide region, so the keys work at once and screen readers land on it.
  useEffect(() => {
    slideRef.current?.focus({ preventScroll: true });
  }, []);

  const digit = useRef<PendingDigit | undefined>(undefined);
  // An effect event: it always sees the slides of the last commit. A listener re-attached in an
  // effect after each change left a gap after the deck appeared (the old listener, from the loading
  // state, still held no slides), in which a key pressed at once was lost; on a busy machine the
  // gap was long enough for the browser tests to hit it.
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    const result = deckKeyAction(
      {
        key: event.key,
        modified: event.altKey || event.ctrlKey || event.metaKey,
        typing: isTypingTarget(event.target),
        activatable: isActivatable(event.target),
      },
      { index, total, now: performance.now(), digit: digit.current },
    );
    digit.current = result.digit;
    if (result.stopsAuto) setPlaying(false);
    if (result.handled) event.preventDefault();
    const action = result.action;
    if (action?.kind === 'go') go(action.slide);
    else if (action?.kind === 'fullscreen') toggleFullscreen();
    else if (action?.kind === 'leave') leave();
  });
  // A layout effect: it is attached in the commit that first shows the deck. When the data are
  // there before the deck's code (the static sample plan, decision 031), that commit already shows
  // a slide, and a passive effect would attach only after it: a key pressed in between was lost.
  useLayoutEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const headingId = useId();
  const stand = slides?.[0]?.kind === 'title' ? slides[0].stand : undefined;
  const footer =
    plan.data && stand ? (
      <>
        <span className="deck-clamp-1">
          {plan.data.title} · {standLabel(stand, t, lang)}
        </span>
        <span>
          {plan.data.illustrative ? `${t.illustrative} · ` : ''}
          {index} / {total}
        </span>
      </>
    ) : null;

  const renderGap = (what: OptionalResource) => <Gap query={optionalQueries[what]} what={what} />;
  let content: ReactNode;
  if (slide) {
    content = (
      <DeckSlideContent
        slide={slide}
        title={title}
        headingId={headingId}
        footer={footer}
        gaps={slideGaps(slide, failed)}
        gap={renderGap}
      />
    );
  } else {
    const stopped = readiness.state === 'failed' ? readiness.resource : undefined;
    const query = stopped === 'plan' ? plan : measures;
    content = (
      <div className="deck-content deck-content--state">
        <h2 id={headingId} className="deck-content__title">
          {title}
        </h2>
        <div className="deck-content__body">
          {stopped ? (
            <ErrorState error={query.error} what={stopped} onRetry={() => void query.refetch()} />
          ) : (
            <LoadingState what="plan" />
          )}
        </div>
      </div>
    );
  }

  const announce = t.announce({ n: index, total, title });
  const autoActive = playing && values.auto > 0;

  return (
    <main
      ref={rootRef}
      className={`deck${idle && !autoActive ? ' deck--idle' : ''}`}
      aria-label={t.deckLabel}
      onPointerMove={wake}
      onPointerDown={wake}
    >
      <h1 className="visually-hidden">
        {t.pageTitle}: {plan.data?.title ?? ta.title}
      </h1>
      {notices.length > 0 || invalid.length > 0 ? (
        <DeckNotices notices={notices} invalid={invalid} onDismiss={dismissNotices} />
      ) : null}
      <div className="deck__stage">
        <section
          ref={slideRef}
          className="deck__slide"
          tabIndex={-1}
          aria-roledescription={t.slide}
          aria-labelledby={headingId}
          data-slide={slide?.kind ?? 'state'}
        >
          {content}
        </section>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announce}
      </p>
      <PrintMargins />
      <DeckHandout slides={slides} plan={plan.data} gapsOf={(s) => slideGaps(s, failed)} gap={renderGap} />
      <nav className="deck-controls" aria-label={t.controls} onFocus={wake}>
        <button type="button" className="deck-button" onClick={() => go(index - 1)} disabled={index <= 1}>
          <span aria-hidden="true">‹ </span>
          <span className="deck-controls__text">{t.previous}</span>
        </button>
        <span className="deck-controls__pos">{t.slideOf({ n: index, total })}</span>
        <button type="button" className="deck-button" onClick={() => go(index + 1)} disabled={index >= total}>
          <span className="deck-controls__text">{t.next}</span>
          <span aria-hidden="true"> ›</span>
        </button>
        {values.auto > 0 ? (
          <button type="button" className="deck-button" aria-pressed={!playing} onClick={() => setPlaying((p) => !p)}>
            <span aria-hidden="true">{playing ? '❚❚ ' : '▶ '}</span>
            {playing ? t.pause : t.play}
            <span className="deck-controls__text"> ({t.autoEvery({ seconds: values.auto })})</span>
          </button>
        ) : null}
        {fullscreenSupported() ? (
          <button type="button" className="deck-button" onClick={toggleFullscreen}>
            {fullscreen ? t.exitFullscreen : t.fullscreen}
          </button>
        ) : null}
        <details className="deck-help">
          <summary className="deck-button">{t.shortcuts}</summary>
          <ul className="deck-help__list">
            <li>{t.keyNext}</li>
            <li>{t.keyPrev}</li>
            <li>{t.keyHomeEnd}</li>
            <li>{t.keyNumber}</li>
            <li>{t.keyFullscreen}</li>
            <li>{t.keyEsc}</li>
            {values.auto > 0 ? <li>{t.keyAuto}</li> : null}
          </ul>
        </details>
        <Link href={backHref} className="deck-button deck-button--exit">
          <span aria-hidden="true">✕ </span>
          {t.exit}
        </Link>
      </nav>
    </main>
  );
}

function DeckNotices({ notices, invalid, onDismiss }: { notices: string[]; invalid: string[]; onDismiss: () => void }) {
  const ts = useStore(stateMessages);
  return (
    <div className="deck-notice" role="status">
      <ul>
        {notices.map((text) => (
          <li key={text}>{text}</li>
        ))}
        {invalid.map((name) => (
          <li key={name}>{ts.invalidParam({ param: name })}</li>
        ))}
      </ul>
      <button type="button" className="deck-button" onClick={onDismiss}>
        {ts.dismiss}
      </button>
    </div>
  );
}
