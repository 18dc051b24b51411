import { useStore } from '@nanostores/react';
import { onlineManager } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { PageHeading } from '../components/page-heading';
import { appMessages, stateMessages } from '../i18n/messages';
import { paths } from '../lib/paths';
import type { ViewLoadError } from '../lib/retryable-lazy';
import { useOnline } from '../lib/use-online';

/**
 * Shown instead of the crash page when a view's code could not be loaded. Offline, it says so and
 * tries again by itself as soon as the browser reports the connection back (no reload needed).
 */
export function ViewLoadFailed({ error, retry }: { error: ViewLoadError; retry: () => void }) {
  const t = useStore(appMessages);
  const state = useStore(stateMessages);
  const online = useOnline();
  const [offlineWhenFailed] = useState(() => !onlineManager.isOnline());
  // Shown: now the failed import may be dropped, so any next render of the view loads it again.
  useEffect(() => error.forget(), [error]);
  // Back online: load again. From the online state rather than an `online` event listener, so a
  // connection that returns between this page's first paint and its effects is not missed (seen
  // on a busy machine: the event came before the listener, and the page stayed until a click).
  useEffect(() => {
    if (offlineWhenFailed && online) retry();
  }, [offlineWhenFailed, online, retry]);
  return (
    <section className="page page--narrow" role="status">
      <PageHeading>{online ? t.viewFailedTitle : t.viewOfflineTitle}</PageHeading>
      <p>{online ? t.viewFailedText : t.viewOfflineText}</p>
      <p className="inline-list">
        <button type="button" className="button" onClick={retry}>
          {state.retry}
        </button>
        <Link href={paths.overview}>{t.backToOverview}</Link>
      </p>
    </section>
  );
}
