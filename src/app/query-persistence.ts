import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister';
import type { QueryClient } from '@tanstack/react-query';
import { persistQueryClient, persistQueryClientSave } from '@tanstack/react-query-persist-client';
import { del, get, set } from 'idb-keyval';
import { indicatorsQuery, measuresQuery, meetingsQuery, planQuery, workAreasQuery } from '../api/queries';
import { nextTask } from '../lib/next-task';
import { KEEP_DATA_MS } from './offline-policy';
import { whenSettled } from './when-settled';

/**
 * Loaded lazily by main.tsx (not part of the entry chunk). Keeps the successful answers in
 * IndexedDB (idb-keyval): 10,000 measures are ~10 MB of JSON, beyond localStorage's ~5 MB.
 *
 * `buster` names what the kept data are valid for (the data contract, the API, the mock
 * scenario); kept data with another buster, or older than KEEP_DATA_MS, are dropped on restore.
 * Restoring does not stop the first fetch: fresher answers win (hydrate keeps the newer data), and
 * while a fetch waits for the network the kept data are on screen.
 */
export async function persistQueries(queryClient: QueryClient, buster: string): Promise<void> {
  const persister = createAsyncStoragePersister({
    // The pauses put serialising (~50 ms at 10,000 measures) and IndexedDB's copy of the 10 MB
    // string (~30 ms) into separate tasks: together they were one of the longest tasks (issue 8).
    storage: {
      getItem: async (key) => {
        const value = await get<string>(key);
        await nextTask();
        return value ?? null;
      },
      setItem: async (key, value) => {
        await nextTask();
        await set(key, value);
      },
      removeItem: (key) => del(key),
    },
    key: 'mh-query-cache',
    // A 10 MB answer is serialised once per save: not on every cache event.
    throttleTime: 2000,
  });
  const dehydrateOptions = { shouldDehydrateQuery: (query: { state: { status: string } }) => query.state.status === 'success' };
  const [, restored] = persistQueryClient({ queryClient, persister, buster, maxAge: KEEP_DATA_MS, dehydrateOptions });
  await restored;
  // The subscription that saves starts only now; the first page's requests start at navigation
  // (decision 021) and may all have finished before it, leaving no cache event to save on.
  await persistQueryClientSave({ queryClient, persister, buster, dehydrateOptions });
  whenSettled(queryClient, () => warmForOffline(queryClient));
}

/**
 * Every view is built from these five lists. The first view may not need all of them (the about
 * page needs only the plan, the overview's indicators wait for the chart to scroll near), so they
 * are fetched once here; they are then kept, and every view and the deck work offline.
 */
function warmForOffline(queryClient: QueryClient): void {
  if (!navigator.onLine) return;
  void queryClient.prefetchQuery(planQuery());
  void queryClient.prefetchQuery(workAreasQuery());
  void queryClient.prefetchQuery(measuresQuery());
  void queryClient.prefetchQuery(indicatorsQuery());
  void queryClient.prefetchQuery(meetingsQuery());
}
