import { onlineManager, type QueryClient } from '@tanstack/react-query';

/**
 * How long data fetched once may be shown when the network is gone (the dashboard is opened on the
 * room's network before the meeting, possibly the day before). Older kept data are dropped.
 */
export const KEEP_DATA_MS = 7 * 24 * 60 * 60_000;

/**
 * Called once at start, before the first render. Queries must outlive KEEP_DATA_MS in memory too: react-query drops a query 5 minutes after its
 * last view unmounted (gcTime), and the persister saves only what is in memory, so with the default
 * the deck would have nothing to show offline half an hour after the overview was opened.
 */
export function prepareForOffline(queryClient: QueryClient): void {
  const defaults = queryClient.getDefaultOptions();
  queryClient.setDefaultOptions({ ...defaults, queries: { ...defaults.queries, gcTime: KEEP_DATA_MS } });
  // react-query assumes "online" at start and learns only from online/offline events. After a reload
  // without network, queries must wait (paused, kept data on screen) rather than fail, and resume
  // by themselves on the `online` event; that event changes nothing if react-query still thinks so.
  onlineManager.setOnline(navigator.onLine);
  // Back online, whatever was shown while offline is refreshed, also data restored from the last
  // visit that count as fresh (younger than staleTime) and so would not be refetched by themselves.
  let wasOnline = onlineManager.isOnline();
  onlineManager.subscribe((online) => {
    if (online && !wasOnline) void queryClient.invalidateQueries();
    wasOnline = online;
  });
}
