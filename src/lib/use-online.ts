import { onlineManager } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';

/** react-query's view of the connection (browser online/offline events), as React state. */
export function useOnline(): boolean {
  return useSyncExternalStore(
    (notify) => onlineManager.subscribe(notify),
    () => onlineManager.isOnline(),
  );
}
