import { useStore } from '@nanostores/react';
import { Suspense, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { ErrorBoundary } from '../components/error-boundary';
import { LoadingState } from '../components/loading-error';
import { appMessages } from '../i18n/messages';
import { isViewLoadError } from '../lib/retryable-lazy';
import { ViewLoadFailed } from './view-load-failed';

function CrashMessage({ reset }: { reset: () => void }) {
  const t = useStore(appMessages);
  return (
    <section className="page page--narrow" role="alert">
      <h1>{t.crashTitle}</h1>
      <p>{t.crashText}</p>
      <button
        type="button"
        className="button"
        onClick={() => {
          reset();
          window.location.reload();
        }}
      >
        {t.crashReload}
      </button>
    </section>
  );
}

/**
 * Around every lazy view: its loading state, and a boundary that is reset by every navigation. A view
 * whose code did not load shows the offline state and loads by itself later; any other error the
 * crash message.
 */
export function ViewBoundary({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  return (
    <ErrorBoundary
      resetKey={location}
      fallback={(reset, error) =>
        isViewLoadError(error) ? <ViewLoadFailed error={error} retry={reset} /> : <CrashMessage reset={reset} />
      }
    >
      <Suspense fallback={<LoadingState what="view" />}>{children}</Suspense>
    </ErrorBoundary>
  );
}
