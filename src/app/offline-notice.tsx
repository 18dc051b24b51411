import { useStore } from '@nanostores/react';
import { useQueryClient, type Query, type QueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import { localeOf, useLanguage } from '../i18n/i18n';
import { appMessages } from '../i18n/messages';
import { useOnline } from '../lib/use-online';

const hasData = (query: Query) => query.state.data !== undefined && query.state.dataUpdatedAt > 0;

/** Data on screen that is not current: the last refresh failed, or it waits for the connection. */
const isNotCurrent = (query: Query) => hasData(query) && (query.state.status === 'error' || query.state.fetchStatus === 'paused');

/**
 * When the data on screen was last fetched successfully (ms), for the notice: the oldest of what the
 * current view shows (queries with observers), else of everything kept. Restored (persisted) data
 * keep the time of their original fetch, so the date is honest after an offline reload too.
 */
export function dataFetchedAt(client: QueryClient, onlyNotCurrent: boolean): number {
  const withData = client
    .getQueryCache()
    .getAll()
    .filter(onlyNotCurrent ? isNotCurrent : hasData);
  const shown = withData.filter((q) => q.getObserversCount() > 0);
  const times = (shown.length > 0 ? shown : withData).map((q) => q.state.dataUpdatedAt);
  return times.length > 0 ? Math.min(...times) : 0;
}

function useQueryCacheValue<T>(read: (client: QueryClient) => T): T {
  const client = useQueryClient();
  const subscribe = useCallback((notify: () => void) => client.getQueryCache().subscribe(notify), [client]);
  return useSyncExternalStore(subscribe, () => read(client));
}

function formatDateTime(ms: number, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

/**
 * "Offline – Daten vom …": while the browser is offline, or while the view shows kept data that
 * could not be refreshed. The live region stays in the DOM (empty when all is current), so screen
 * readers announce the change; the queries refresh by themselves when the connection is back.
 */
export function OfflineNotice({ variant = 'page' }: { variant?: 'page' | 'deck' }) {
  const t = useStore(appMessages);
  const language = useLanguage();
  const online = useOnline();
  const notCurrentSince = useQueryCacheValue((client) => dataFetchedAt(client, true));
  const fetchedAt = useQueryCacheValue((client) => dataFetchedAt(client, false));
  const show = !online || notCurrentSince > 0;
  const since = online ? notCurrentSince : fetchedAt;
  let headline = '';
  if (show && since === 0) headline = t.offlineNoData;
  else if (show) {
    const date = formatDateTime(since, language);
    headline = online ? t.notCurrentSince({ date }) : t.offlineSince({ date });
  }
  return (
    // A live region without a role: empty while all is current, it must not count as a status.
    <div className={`offline-notice offline-notice--${variant}`} aria-live="polite" aria-atomic="true">
      {show ? (
        <p>
          <span aria-hidden="true" className="offline-notice__icon">
            ⚠
          </span>{' '}
          <strong>{headline}</strong>{' '}
          {/* Over the deck only the date shows (the slide stays readable); screen readers get both. */}
          <span className={variant === 'deck' ? 'visually-hidden' : undefined}>{t.offlineHint}</span>
        </p>
      ) : null}
    </div>
  );
}
