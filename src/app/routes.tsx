import { useEffect } from 'react';
import { Route, Switch } from 'wouter';
import { NotFound } from '../components/not-found';
import { useLanguage } from '../i18n/i18n';
import { pathParam, paths, routePatterns } from '../lib/paths';
import { retryableLazy } from '../lib/retryable-lazy';
import { Layout } from './layout';
import { OfflineNotice } from './offline-notice';
import { ViewBoundary } from './view-boundary';

// Every view is its own chunk: the entry holds only the shell (budget: 90 KiB gzip initial JS).
// retryableLazy: a chunk that failed to load (offline) is imported again on the next render.
const OverviewPage = retryableLazy(() => import('../features/overview/overview-page').then((m) => m.OverviewPage));
const WorkAreaPage = retryableLazy(() => import('../features/work-areas/work-area-page').then((m) => m.WorkAreaPage));
const MeasuresPage = retryableLazy(() => import('../features/measures/measures-page').then((m) => m.MeasuresPage));
const MeasurePage = retryableLazy(() => import('../features/measures/measure-page').then((m) => m.MeasurePage));
const MeetingsPage = retryableLazy(() => import('../features/meetings/meetings-page').then((m) => m.MeetingsPage));
const PresentationPage = retryableLazy(() =>
  import('../features/presentation/presentation-page').then((m) => m.PresentationPage),
);
const ReportPage = retryableLazy(() => import('../features/report/report-page').then((m) => m.ReportPage));
const AboutPage = retryableLazy(() => import('../features/about/about-page').then((m) => m.AboutPage));
const EasyReadPage = retryableLazy(() => import('../features/about/easy-read-page').then((m) => m.EasyReadPage));
const AccessibilityPage = retryableLazy(() => import('../features/about/accessibility-page').then((m) => m.AccessibilityPage));

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
        <OfflineNotice variant="deck" />
        <ViewBoundary>
          <PresentationPage />
        </ViewBoundary>
      </Route>
      <Route>
        <Layout>
          <ViewBoundary>
            <Switch>
              <Route path={paths.overview}>
                <OverviewPage />
              </Route>
              <Route path={routePatterns.workArea}>{(params) => <WorkAreaPage id={pathParam(params.id)} />}</Route>
              <Route path={paths.measures}>
                <MeasuresPage />
              </Route>
              <Route path={routePatterns.measure}>{(params) => <MeasurePage id={pathParam(params.id)} />}</Route>
              <Route path={paths.meetings}>
                <MeetingsPage />
              </Route>
              <Route path={paths.report}>
                <ReportPage />
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
          </ViewBoundary>
        </Layout>
      </Route>
    </Switch>
  );
}
