import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { useStore } from '@nanostores/react';
import { Route, Switch, useLocation } from 'wouter';
import { ErrorBoundary } from '../components/error-boundary';
import { LoadingState } from '../components/query-state';
import { NotFound } from '../components/not-found';
import { useLanguage } from '../i18n/i18n';
import { appMessages } from '../i18n/messages';
import { paths } from '../lib/paths';
import { Layout } from './layout';

// Every view is its own chunk: the entry holds only the shell (budget: 90 KiB gzip initial JS).
const OverviewPage = lazy(() => import('../features/overview/overview-page').then((m) => ({ default: m.OverviewPage })));
const WorkAreaPage = lazy(() => import('../features/work-areas/work-area-page').then((m) => ({ default: m.WorkAreaPage })));
const MeasuresPage = lazy(() => import('../features/measures/measures-page').then((m) => ({ default: m.MeasuresPage })));
const MeasurePage = lazy(() => import('../features/measures/measure-page').then((m) => ({ default: m.MeasurePage })));
const MeetingsPage = lazy(() => import('../features/meetings/meetings-page').then((m) => ({ default: m.MeetingsPage })));
const PresentationPage = lazy(() =>
  import('../features/presentation/presentation-page').then((m) => ({ default: m.PresentationPage })),
);
const AboutPage = lazy(() => import('../features/about/about-page').then((m) => ({ default: m.AboutPage })));
const EasyReadPage = lazy(() => import('../features/about/easy-read-page').then((m) => ({ default: m.EasyReadPage })));
const AccessibilityPage = lazy(() =>
  import('../features/about/accessibility-page').then((m) => ({ default: m.AccessibilityPage })),
);

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

function View({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  return (
    <ErrorBoundary resetKey={location} fallback={(reset) => <CrashMessage reset={reset} />}>
      <Suspense fallback={<LoadingState what="view" />}>{children}</Suspense>
    </ErrorBoundary>
  );
}

/** Keeps <html lang> in step with the UI language on every route (screen readers pick the voice from it). */
function useHtmlLang(): void {
  const language = useLanguage();
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
}

export function AppRoutes() {
  useHtmlLang();
  return (
    <Switch>
      {/* The deck is full screen, without the app's header and navigation. */}
      <Route path={paths.presentation}>
        <View>
          <PresentationPage />
        </View>
      </Route>
      <Route>
        <Layout>
          <View>
            <Switch>
              <Route path={paths.overview}>
                <OverviewPage />
              </Route>
              <Route path="/handlungsfelder/:id">{(params) => <WorkAreaPage id={params.id} />}</Route>
              <Route path={paths.measures}>
                <MeasuresPage />
              </Route>
              <Route path="/massnahmen/:id">{(params) => <MeasurePage id={params.id} />}</Route>
              <Route path={paths.meetings}>
                <MeetingsPage />
              </Route>
              <Route path={paths.about}>
                <AboutPage />
              </Route>
              <Route path={paths.easyRead}>
                <EasyReadPage />
              </Route>
              <Route path={paths.accessibility}>
                <AccessibilityPage />
              </Route>
              <Route>
                <NotFound />
              </Route>
            </Switch>
          </View>
        </Layout>
      </Route>
    </Switch>
  );
}
