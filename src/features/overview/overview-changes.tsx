import { useStore } from '@nanostores/react';
import { useLanguage } from '../../i18n/i18n';
import type { ChangeSummary } from './overview-stats';
import { formatSignedPoints } from './overview-format';
import { overviewMessages } from './messages';

/** The changes since a meeting as a short list of text items; only non-zero items are shown. */
export function OverviewChangeList({ change, className }: { change: ChangeSummary; className?: string }) {
  const t = useStore(overviewMessages);
  const lang = useLanguage();
  const items: { key: string; text: string; tone?: 'good' | 'bad' }[] = [];
  if (change.completed > 0) items.push({ key: 'completed', text: t.changeCompleted({ count: change.completed }), tone: 'good' });
  if (change.started > 0) items.push({ key: 'started', text: t.changeStarted({ count: change.started }) });
  if (change.delayed > 0) items.push({ key: 'delayed', text: t.changeDelayed({ count: change.delayed }), tone: 'bad' });
  if (change.recovered > 0) items.push({ key: 'recovered', text: t.changeRecovered({ count: change.recovered }), tone: 'good' });
  if (change.added > 0) items.push({ key: 'added', text: t.changeAdded({ count: change.added }) });
  if (change.removed > 0) items.push({ key: 'removed', text: t.changeRemoved({ count: change.removed }) });
  const statusChanged = items.length > 0;
  if (change.progressDelta !== undefined && Math.abs(change.progressDelta) >= 0.05) {
    items.push({ key: 'progress', text: t.changeProgress({ delta: formatSignedPoints(change.progressDelta, lang) }) });
  }
  if (!statusChanged && items.length === 0) return <p className="overview-changes__none">{t.noChanges}</p>;
  return (
    <ul className={`inline-list overview-changes ${className ?? ''}`}>
      {items.map((item) => (
        <li key={item.key} className={item.tone ? `overview-changes__item--${item.tone}` : undefined}>
          {item.text}
        </li>
      ))}
    </ul>
  );
}
