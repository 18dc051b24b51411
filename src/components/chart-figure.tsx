import { Suspense, useEffect, useId, useState, type ReactNode } from 'react';
import { useStore } from '@nanostores/react';
import { stateMessages } from '../i18n/messages';
import { useChartTurn } from '../lib/use-chart-turn';
import { useNearViewport } from '../lib/use-near-viewport';
import { usePrinting } from '../lib/use-printing';
import { ErrorBoundary } from './error-boundary';

interface ChartFigureProps {
  /** The caption: what the chart shows. */
  title: string;
  /** One or two sentences with the chart's message, for everyone (and screen readers). */
  summary: string;
  /** The chart itself, usually a lazy recharts component. */
  chart: ReactNode;
  /** The same numbers as a table (WCAG 1.1.1: the chart's text alternative). */
  table: ReactNode;
  className?: string;
  /** Optional small print under the chart or table (e.g. the data source). */
  note?: ReactNode;
}

/**
 * Every chart sits in a figure with a caption, a text summary and an "Als Tabelle anzeigen"
 * switch. The chart is lazy (recharts is its own chunk); while it loads, or if its chunk fails,
 * the table is the fallback, so the numbers are always there. Off-screen charts are not rendered
 * until the reader scrolls near them (useNearViewport).
 */
export function ChartFigure({ title, summary, chart, table, className, note }: ChartFigureProps) {
  const t = useStore(stateMessages);
  const [asTable, setAsTable] = useState(false);
  const captionId = useId();
  const summaryId = useId();
  const [figureRef, nearViewport] = useNearViewport<HTMLElement>();
  const printing = usePrinting();
  const [turn, mounted] = useChartTurn(nearViewport && !asTable);
  return (
    <figure
      ref={figureRef}
      className={`chart-figure ${className ?? ''}`}
      aria-labelledby={captionId}
      aria-describedby={summaryId}
    >
      <div className="chart-figure__head">
        <figcaption id={captionId} className="chart-figure__title">
          {title}
        </figcaption>
        <button
          type="button"
          className="button button--ghost button--small"
          aria-pressed={asTable}
          onClick={() => setAsTable((v) => !v)}
        >
          {t.showTable}
        </button>
      </div>
      <p id={summaryId} className="chart-figure__summary">
        {summary}
      </p>
      {asTable ? (
        <div className="table-scroll">{table}</div>
      ) : !nearViewport || !turn ? (
        <div className="chart-figure__placeholder" aria-hidden="true" />
      ) : (
        <ErrorBoundary
          fallback={() => (
            <div className="table-scroll">
              <OnMount run={mounted} />
              {table}
            </div>
          )}
        >
          <Suspense
            fallback={
              <p className="chart-figure__loading" role="status">
                {t.chartLoading}
              </p>
            }
          >
            {chart}
            <OnMount run={mounted} />
          </Suspense>
        </ErrorBoundary>
      )}
      {/* On paper the numbers always print as a table too: a chart off screen is not drawn yet. */}
      {printing && !asTable ? <div className="print-only chart-figure__table">{table}</div> : null}
      {note}
    </figure>
  );
}

/** Calls `run` once it has been committed: inside a Suspense boundary, when the chart has mounted. */
function OnMount({ run }: { run: () => void }) {
  useEffect(run, [run]);
  return null;
}
