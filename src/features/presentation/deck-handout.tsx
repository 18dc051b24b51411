import { useStore } from '@nanostores/react';
import type { Plan } from '../../api/schemas';
import { usePrintStand } from '../../components/print-margins';
import { useLanguage } from '../../i18n/i18n';
import { usePrinting } from '../../lib/use-printing';
import type { DeckSlide, OptionalResource } from './deck-gaps';
import { DeckSlideContent, slideTitle, standLabel, type GapRenderer } from './deck-slides';
import { deckMessages } from './messages';

/**
 * The deck as a handout: every slide, one per A4 landscape page (print.css: `@page deck-handout`).
 * On screen the deck shows one slide; this renders all of them, only while printing.
 */
interface HandoutProps {
  slides: readonly DeckSlide[] | undefined;
  plan: Plan | undefined;
  /** What failed to load for a slide: printed as the same notice the screen shows. */
  gapsOf: (slide: DeckSlide) => readonly OptionalResource[];
  gap: GapRenderer;
}

export function DeckHandout({ slides, plan, gapsOf, gap }: HandoutProps) {
  const t = useStore(deckMessages);
  const lang = useLanguage();
  const printing = usePrinting();
  const first = slides?.[0];
  const stand = first?.kind === 'title' ? standLabel(first.stand, t, lang) : '';
  // A pinned deck says so in the page margins too, not only in the slide footers.
  usePrintStand(first?.kind === 'title' && first.stand.kind === 'pinned' ? stand : undefined);
  if (!printing || !slides || !plan) return null;
  return (
    <div className="print-only deck-handout">
      {slides.map((slide, i) => (
        <section key={slide.id} className="deck-handout__slide" aria-labelledby={`handout-${slide.id}`}>
          <DeckSlideContent
            slide={slide}
            title={slideTitle(slide, t)}
            headingId={`handout-${slide.id}`}
            gaps={gapsOf(slide)}
            gap={gap}
            footer={
              <>
                <span className="deck-clamp-1">{[plan.title, stand].filter(Boolean).join(' · ')}</span>
                <span>{`${plan.illustrative ? `${t.illustrative} · ` : ''}${i + 1} / ${slides.length}`}</span>
              </>
            }
          />
        </section>
      ))}
    </div>
  );
}
