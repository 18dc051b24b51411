import { useStore } from '@nanostores/react';
import type { ReactNode } from 'react';
import { StatusBar } from '../../components/status-bar';
import { useLanguage, type Language } from '../../i18n/i18n';
import { statusMessages } from '../../i18n/messages';
import { areaColorVar } from '../../lib/area-color';
import { unitSuffix } from '../../lib/indicator-stats';
import { formatDate } from '../../lib/format';
import { formatNumber, formatPercent } from '../../lib/format-number';
import { formatPercentOrDash } from '../../lib/format-figure';
import { share } from '../../lib/plan-stats';
import { statusGlyph } from '../../lib/status-style';
import type { DeckChange, DeckIndicator, DeckMeasure, DeckStand } from './build-deck';
import { DECK_LIMITS } from './build-deck';
import type { DeckSlide, OptionalResource } from './deck-gaps';
import { deckMessages } from './messages';

type DeckTexts = ReturnType<typeof deckMessages.get>;

/** The heading of a slide: shown on it, announced on change and used in the tab title. */
export function slideTitle(slide: DeckSlide, t: DeckTexts): string {
  switch (slide.kind) {
    case 'missing':
      return t.areasTitle;
    case 'title':
      return slide.plan.title;
    case 'overview':
      return t.overviewTitle;
    case 'area':
      return slide.area.name;
    case 'since':
      return t.sinceTitle;
    case 'agreements':
      return t.agreementsTitle;
    case 'indicators':
      return slide.parts > 1 ? t.indicatorsPart({ part: slide.part, parts: slide.parts }) : t.indicatorsTitle;
    case 'closing':
      return t.closingTitle;
  }
}

export function standLabel(stand: DeckStand, t: DeckTexts, lang: Language): string {
  return stand.kind === 'pinned'
    ? t.standPinned({ date: formatDate(stand.meeting.date, lang) })
    : t.standLive({ date: formatDate(stand.date, lang) });
}

const percent = (value: number | undefined, lang: Language) => formatPercentOrDash(value, lang);

function BigFigure({ value, label }: { value: string; label: string }) {
  return (
    <div className="deck-figure">
      <span className="deck-figure__value">{value}</span>
      <span className="deck-figure__label">{label}</span>
    </div>
  );
}

function ProgressTrack({ value, color }: { value: number | undefined; color?: string }) {
  return (
    <span className="deck-track" aria-hidden="true">
      <span className="deck-track__fill" style={{ width: `${value ?? 0}%`, background: color }} />
    </span>
  );
}

function IndicatorCard({ item, lang, t }: { item: DeckIndicator; lang: Language; t: DeckTexts }) {
  const { indicator, latest, toTarget } = item;
  const unit = unitSuffix(indicator.unit);
  return (
    <div className="deck-indicator">
      <p className="deck-indicator__label">{indicator.label}</p>
      <p className="deck-indicator__value deck-clamp-1">
        {latest ? formatNumber(latest.value, lang) : t.noValue}
        {latest && unit ? <span className="deck-indicator__unit"> {unit}</span> : null}
      </p>
      {latest ? <p className="deck-indicator__date">{t.asOf({ date: formatDate(latest.date, lang) })}</p> : null}
      <p className="deck-indicator__target deck-clamp-1">
        {t.target({
          year: indicator.target.year,
          value: `${formatNumber(indicator.target.value, lang)}${unit ? ` ${unit}` : ''}`,
        })}
      </p>
      {toTarget !== undefined ? (
        <>
          <ProgressTrack value={toTarget * 100} />
          <p className="deck-indicator__share">{t.toTarget({ percent: formatPercent(toTarget, lang, { isShare: true }) })}</p>
        </>
      ) : null}
    </div>
  );
}

function changeText(change: DeckChange, t: DeckTexts, lang: Language): string {
  switch (change.kind) {
    case 'completed':
      return t.changeCompleted;
    case 'recovered':
      return t.changeRecovered;
    case 'delayed':
      return t.changeDelayed;
    case 'started':
      return t.changeStarted;
    case 'progress':
      return t.changeProgress({ points: formatNumber(change.delta, lang, 0) });
  }
}

const changeGlyph = { completed: '✓', recovered: '↗', delayed: '!', started: '▶', progress: '↑' } as const;

function MeasureGroup({ title, items, glyph, t }: { title: string; items: DeckMeasure[]; glyph: string; t: DeckTexts }) {
  const shown = items.slice(0, DECK_LIMITS.namesPerGroup);
  return (
    <div className="deck-group">
      <h3 className="deck-group__title">
        <span aria-hidden="true">{glyph}</span> {title}: <strong>{items.length}</strong>
      </h3>
      {items.length === 0 ? (
        <p className="deck-muted">{t.groupNone}</p>
      ) : (
        <ul className="deck-list">
          {shown.map((m) => (
            <li key={m.id} className="deck-list__item deck-clamp-2">
              <span className="deck-code">{m.id}</span> {m.title}
            </li>
          ))}
          {items.length > shown.length ? <li className="deck-muted">{t.more({ count: items.length - shown.length })}</li> : null}
        </ul>
      )}
    </div>
  );
}

/** Renders "could not load" with retry for a resource this slide needs (the page owns the queries). */
export type GapRenderer = (resource: OptionalResource) => ReactNode;

function SlideBody({ slide, gaps, gap }: { slide: DeckSlide; gaps: readonly OptionalResource[]; gap: GapRenderer }): ReactNode {
  const t = useStore(deckMessages);
  const ts = useStore(statusMessages);
  const lang = useLanguage();
  const failed = (resource: OptionalResource) => gaps.includes(resource);
  switch (slide.kind) {
    case 'missing':
      return gap(slide.resource);
    case 'title':
      return (
        <div className="deck-title">
          {slide.plan.subtitle ? <p className="deck-title__subtitle">{slide.plan.subtitle}</p> : null}
          {failed('meetings') ? (
            gap('meetings')
          ) : (
            <p className="deck-title__meeting">
              {slide.stand.kind === 'pinned'
                ? `${slide.stand.meeting.title} · ${formatDate(slide.stand.meeting.date, lang, 'long')}`
                : slide.baseline
                  ? t.since({ title: slide.baseline.title, date: formatDate(slide.baseline.date, lang, 'long') })
                  : t.noMeetingYet}
            </p>
          )}
          {slide.stand.kind === 'pinned' ? <p className="deck-title__place">{slide.stand.meeting.place}</p> : null}
          <p className="deck-title__stand">{standLabel(slide.stand, t, lang)}</p>
          {slide.areaNames.length > 0 ? <p className="deck-muted">{t.filtered({ areas: slide.areaNames.join(', ') })}</p> : null}
          {slide.stand.kind === 'pinned' ? (
            <p className="deck-muted">{t.pinnedHint({ date: formatDate(slide.stand.meeting.date, lang, 'long') })}</p>
          ) : null}
        </div>
      );
    case 'overview':
      return (
        <div className="deck-overview">
          <div className="deck-figures">
            <BigFigure value={formatNumber(slide.total, lang)} label={t.measuresLabel} />
            <BigFigure
              value={formatPercentOrDash(share(slide.counts.completed, slide.total), lang, { isShare: true })}
              label={t.completedShare}
            />
            <BigFigure value={percent(slide.averageProgress, lang)} label={t.averageProgress} />
            <BigFigure value={formatNumber(slide.counts.delayed, lang)} label={t.delayedCount} />
          </div>
          <StatusBar counts={slide.counts} label={t.statusLabel({ name: t.overviewTitle })} />
          {failed('workAreas') ? gap('workAreas') : null}
          <ul className={`deck-areas${slide.areas.length > 6 ? ' deck-areas--two' : ''}`} aria-label={t.areaHeadline}>
            {slide.areas.map((a) => (
              <li key={a.area.id} className="deck-areas__row">
                <span className="deck-areas__swatch" style={{ background: areaColorVar(a.area.colorToken, a.index) }} />
                <span className="deck-areas__name deck-clamp-1">{a.area.name}</span>
                <ProgressTrack value={a.averageProgress} color={areaColorVar(a.area.colorToken, a.index)} />
                <span className="deck-areas__num">
                  {percent(a.averageProgress, lang)} · {ts.measureCount(a.total)}
                </span>
              </li>
            ))}
          </ul>
        </div>
      );
    case 'area':
      return (
        <div className="deck-area">
          <div className="deck-area__main">
            {slide.total === 0 ? (
              <p className="deck-empty">{t.noMeasures}</p>
            ) : (
              <>
                <div className="deck-figures deck-figures--two">
                  <BigFigure value={formatNumber(slide.total, lang)} label={t.measuresLabel} />
                  <BigFigure value={percent(slide.averageProgress, lang)} label={t.averageProgress} />
                </div>
                <StatusBar counts={slide.counts} label={t.statusLabel({ name: slide.area.name })} />
              </>
            )}
            {failed('indicators') ? (
              <div className="deck-area__key">
                <h3 className="deck-group__title">{t.keyFigure}</h3>
                {gap('indicators')}
              </div>
            ) : slide.keyIndicator ? (
              <div className="deck-area__key">
                <h3 className="deck-group__title">{t.keyFigure}</h3>
                <IndicatorCard item={slide.keyIndicator} lang={lang} t={t} />
              </div>
            ) : null}
          </div>
          <div className="deck-area__changes">
            <h3 className="deck-group__title">{t.changesTitle}</h3>
            {failed('meetings') ? (
              gap('meetings')
            ) : !slide.hasBaseline ? (
              <p className="deck-muted">{t.noBaseline}</p>
            ) : slide.changes.length === 0 ? (
              <p className="deck-muted">{t.noChanges}</p>
            ) : (
              <ol className="deck-changes">
                {slide.changes.map((c) => (
                  <li key={c.measure.id} className={`deck-changes__item deck-changes__item--${c.kind}`}>
                    <span className="deck-changes__kind">
                      <span aria-hidden="true">{changeGlyph[c.kind]} </span>
                      {changeText(c, t, lang)}
                    </span>
                    <span className="deck-clamp-2">
                      <span className="deck-code">{c.measure.id}</span> {c.measure.title}
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </div>
        </div>
      );
    case 'since':
      if (failed('meetings')) return gap('meetings');
      if (!slide.baseline) return <p className="deck-empty">{t.sinceNone}</p>;
      return (
        <div className="deck-since">
          <p className="deck-since__sub">
            {t.sinceSubtitle({ title: slide.baseline.title, date: formatDate(slide.baseline.date, lang) })}
            {' · '}
            {t.progressFromTo({ before: percent(slide.progressBefore, lang), after: percent(slide.progressAfter, lang) })}
            {slide.added > 0 ? ` · ${t.addedSince(slide.added)}` : null}
          </p>
          <div className="deck-since__grid">
            <MeasureGroup title={t.groupCompleted} items={slide.completed} glyph={statusGlyph.completed} t={t} />
            <MeasureGroup title={t.groupStarted} items={slide.started} glyph={statusGlyph.in_progress} t={t} />
            <MeasureGroup title={t.groupDelayed} items={slide.delayed} glyph={statusGlyph.delayed} t={t} />
            <MeasureGroup title={t.groupRecovered} items={slide.recovered} glyph="↗" t={t} />
          </div>
        </div>
      );
    case 'agreements':
      if (failed('meetings')) return gap('meetings');
      if (slide.items.length === 0) return <p className="deck-empty">{t.agreementsNone}</p>;
      return (
        <div className="deck-agreements">
          {slide.overdueCount > 0 ? (
            <p className="deck-agreements__summary">
              <span aria-hidden="true">! </span>
              {t.agreementsOverdue(slide.overdueCount)}
            </p>
          ) : null}
          <ul className="deck-agreements__list">
            {slide.items.map(({ agreement, meeting, overdue }) => (
              <li key={agreement.id} className="deck-agreement">
                <p className="deck-agreement__text deck-clamp-2">{agreement.text}</p>
                <p className="deck-agreement__meta deck-clamp-1">
                  {overdue ? (
                    <strong className="deck-overdue">
                      <span aria-hidden="true">! </span>
                      {t.overdue} ·{' '}
                    </strong>
                  ) : null}
                  {t.due({ date: formatDate(agreement.due, lang) })} · {agreement.owner} ·{' '}
                  {agreement.status === 'open' ? ts.agreementOpen : ts.agreementInProgress} ·{' '}
                  {t.fromMeeting({ title: meeting.title })}
                </p>
              </li>
            ))}
          </ul>
          {slide.more > 0 ? <p className="deck-muted">{t.more({ count: slide.more })}</p> : null}
        </div>
      );
    case 'indicators':
      if (failed('indicators')) return gap('indicators');
      if (slide.items.length === 0) return <p className="deck-empty">{t.indicatorsNone}</p>;
      return (
        <div className="deck-indicators">
          {slide.items.map((item) => (
            <IndicatorCard key={item.indicator.id} item={item} lang={lang} t={t} />
          ))}
        </div>
      );
    case 'closing':
      return (
        <div className="deck-title">
          <p className="deck-title__meeting">{slide.plan.title}</p>
          <p className="deck-title__subtitle">{t.closingText}</p>
          <p className="deck-title__stand">{standLabel(slide.stand, t, lang)}</p>
          <p className="deck-muted">{slide.plan.partners.map((p) => p.name).join(' · ')}</p>
        </div>
      );
  }
}

/** Area colour for the slide's accent strip (decorative; the title names the area). */
function accentOf(slide: DeckSlide): string | undefined {
  return slide.kind === 'area' ? areaColorVar(slide.area.colorToken, slide.index) : undefined;
}

export function DeckSlideContent({
  slide,
  title,
  headingId,
  footer,
  gaps,
  gap,
}: {
  slide: DeckSlide;
  title: string;
  headingId: string;
  footer: ReactNode;
  gaps: readonly OptionalResource[];
  gap: GapRenderer;
}) {
  const accent = accentOf(slide);
  return (
    <div className={`deck-content deck-content--${slide.kind}`}>
      <span className="deck-content__accent" aria-hidden="true" style={accent ? { background: accent } : undefined} />
      <h2 id={headingId} className="deck-content__title deck-clamp-2">
        {title}
      </h2>
      <div className="deck-content__body">
        <SlideBody slide={slide} gaps={gaps} gap={gap} />
      </div>
      <div className="deck-content__footer">{footer}</div>
    </div>
  );
}
