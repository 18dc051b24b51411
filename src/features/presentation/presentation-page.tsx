import { useStore } from '@nanostores/react';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { indicatorsQuery, measuresQuery, meetingsQuery, planQuery, workAreasQuery } from '../../api/queries';
import { useDocumentTitle } from '../../components/document-title';
import { ErrorState, LoadingState, type ResourceKey } from '../../components/query-state';
import { useLanguage } from '../../i18n/i18n';
import { appMessages, stateMessages } from '../../i18n/messages';
import { deckSearchSpec } from '../../lib/deck-search';
import { paths } from '../../lib/paths';
import { useSearchState } from '../../lib/search-params';
import { buildDeck, type Slide } from './build-deck';
import { PrintMargins } from '../../components/print-margins';
import { DeckHandout } from './deck-handout';
import { DeckSlideContent, slideTitle, standLabel } from './deck-slides';
import { deckMessages } from './messages';
import './presentation.css';

/** After this long without pointer activity the control bar fades out (never while focused). */
const IDLE_MS = 3000;
/** Two digits typed within this time jump to a two-digit slide number. */
const DIGIT_WINDOW_MS = 800;

function subscribeFullscreen(onChange: () => void): () => void {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
}
const isFullscreen = () => document.fullscreenElement != null;
const fullscreenSupported = () => document.fullscreenEnabled === true;

/** Keys are ignored while typing in a field, and with modifiers (browser shortcuts stay usable). */
function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName));
}
function isActivatable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && /^(BUTTON|A|SUMMARY)$/.test(target.tagName);
}

/**
 * The presentation for the Spitzengespräch: full screen, no app chrome, a deck built from the data.
 *
 * URL: `?folie=3` (1-based; slide changes REPLACE the history entry, so the browser's back button
 * and Esc leave the deck in one step instead of walking back through every slide), `?bereich=`
 * (work-area filter), `?stand=sg-2025` (pinned to a meeting's snapshot), `?auto=20` (kiosk
 * auto-advance in seconds, 5–600) and `?zurueck=` (where Esc leaves to; default the overview).
 */
export function PresentationPage() {
  const t = useStore(deckMessages);
  const ta = useStore(appMessages);
  const lang = useLanguage();
  const [, navigate] = useLocation();
  const { values, invalid, update } = useSearchState(deckSearchSpec);

  const plan = useQuery(planQuery());
  const workAreas = useQuery(workAreasQuery());
  const measures = useQuery(measuresQuery());
  const indicators = useQuery(indicatorsQuery());
  const meetings = useQuery(meetingsQuery());

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  // The parsed list is a new array on every URL change (each slide step): key the memo by its text,
  // so stepping through 10,000 measures does not rebuild the deck.
  const areaKey = values.bereich.join(',');
  const slides = useMemo(() => {
    if (!plan.data || !workAreas.data || !measures.data || !indicators.data || !meetings.data) return undefined;
    return buildDeck({
      plan: plan.data,
      workAreas: workAreas.data,
      measures: measures.data,
      indicators: indicators.data,
      meetings: meetings.data,
      filter: { areaIds: areaKey ? areaKey.split(',') : [] },
      pinnedMeetingId: values.stand || undefined,
    });
  }, [plan.data, workAreas.data, measures.data, indicators.data, meetings.data, areaKey, values.stand]);

  const failed = (
    [
      ['plan', plan],
      ['workAreas', workAreas],
      ['measures', measures],
      ['indicators', indicators],
      ['meetings', meetings],
    ] as Array<[ResourceKey, UseQueryResult<unknown>]>
  ).find(([, q]) => q.data === undefined && q.isError);

  const total = slides?.length ?? 1;
  const index = Math.min(values.folie, total);
  const slide: Slide | undefined = slides?.[index - 1];
  const title = slide ? slideTitle(slide, t) : failed ? t.errorTitle : t.loadingTitle;
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
  const fullscreen = useSyncExternalStore(subscribeFullscreen, isFullscreen, () => false);
  const toggleFullscreen = useCallback(() => {
    if (!fullscreenSupported()) return;
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void rootRef.current?.requestFullscreen?.().catch(() => undefined);
  }, []);

  // Auto-advance (kiosk): loops; any key or the pause button stops it (WCAG 2.2.2).
  const [playing, setPlaying] = useState(values.auto > 0);
  const goRef = useRef(go);
  useEffect(() => {
    goRef.current = go;
  });
  useEffect(() => {
    if (!playing || values.auto <= 0 || !slides) return undefined;
    const timer = window.setTimeout(() => goRef.current(index >= total ? 1 : index + 1), values.auto * 1000);
    return () => window.clearTimeout(timer);
  }, [playing, values.auto, slides, index, total]);

  // Focus starts on the slide region, so the keys work at once and screen readers land on it.
  useEffect(() => {
    slideRef.current?.focus({ preventScroll: true });
  }, []);

  const digits = useRef<{ value: number; at: number } | undefined>(undefined);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return;
      if (event.key !== 'Escape') setPlaying(false);
      const activatable = isActivatable(event.target);
      let handled = true;
      switch (event.key) {
        case 'ArrowRight':
        case 'ArrowDown':
        case 'PageDown':
          go(index + 1);
          break;
        case ' ':
          if (activatable) return; // Space presses the focused button
          go(index + 1);
          break;
        case 'ArrowLeft':
        case 'ArrowUp':
        case 'PageUp':
          go(index - 1);
          break;
        case 'Home':
          go(1);
          break;
        case 'End':
          go(total);
          break;
        case 'f':
        case 'F':
          toggleFullscreen();
          break;
        case 'Escape':
          leave();
          break;
        default:
          handled = false;
          if (/^\d$/.test(event.key)) {
            const digit = Number(event.key);
            const now = performance.now();
            const prev = digits.current;
            const combined = prev && now - prev.at < DIGIT_WINDOW_MS ? prev.value * 10 + digit : undefined;
            if (combined !== undefined && combined >= 1 && combined <= total) {
              go(combined);
              digits.current = undefined;
            } else if (digit >= 1) {
              go(digit);
              digits.current = { value: digit, at: now };
            } else digits.current = undefined;
            handled = true;
          }
      }
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, index, total, leave, toggleFullscreen]);

  // The control bar fades after a while without pointer activity.
  const [idle, setIdle] = useState(false);
  const idleTimer = useRef<number | undefined>(undefined);
  const wake = useCallback(() => {
    setIdle(false);
    window.clearTimeout(idleTimer.current);
    idleTimer.current = window.setTimeout(() => setIdle(true), IDLE_MS);
  }, []);
  useEffect(() => {
    idleTimer.current = window.setTimeout(() => setIdle(true), IDLE_MS);
    return () => window.clearTimeout(idleTimer.current);
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

  let content: ReactNode;
  if (slide) content = <DeckSlideContent slide={slide} title={title} headingId={headingId} footer={footer} />;
  else {
    const [what, query] = failed ?? [];
    content = (
      <div className="deck-content deck-content--state">
        <h2 id={headingId} className="deck-content__title">
          {title}
        </h2>
        <div className="deck-content__body">
          {what && query ? (
            <ErrorState error={query.error} what={what} onRetry={() => void query.refetch()} />
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
      <DeckHandout slides={slides} plan={plan.data} />
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
