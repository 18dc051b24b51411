import { useEffect } from 'react';
import { Route, Switch } from 'wouter';
import { NotFound } from '../components/not-found';
import { useLanguage } from '../i18n/i18n';
import { pathParam } from '../lib/paths';
import { retryableLazy } from '../lib/retryable-lazy';
import { Layout } from './layout';
import { OfflineNotice } from './offline-notice';
import { viewRoutes } from './view-routes';
import { ViewBoundary } from './view-boundary';

// Every view is its own chunk: the entry holds only the shell (budget: 90 KiB gzip initial JS).
// retryableLazy: a chunk that failed to load (offline) is imported again on the next render. The
// imports and patterns are view-routes.ts's, which route-preload.ts uses too.
const OverviewPage = retryableLazy(viewRoutes.overview.load);
const WorkAreaPage = retryableLazy(viewRoutes.workArea.load);
const MeasuresPage = retryableLazy(viewRoutes.measures.load);
const MeasurePage = retryableLazy(viewRoutes.measure.load);
const MeetingsPage = retryableLazy(viewRoutes.meetings.load);
const PresentationPage = retryableLazy(viewRoutes.presentation.load);
const ReportPage = retryableLazy(viewRoutes.report.load);
const AboutPage = retryableLazy(viewRoutes.about.load);
const EasyReadPage = retryableLazy(viewRoutes.easyRead.load);
const AccessibilityPage = retryableLazy(viewRoutes.accessibility.load);

/** Keeps <html lang> in step with the UI language on every route (screen readers pick the voice from it). */
function useHtmlLang(): void {
  const language = useLanguage();
  useEffect(() => {
    // Only when it differs: Chromium restyles the whole page on every write to <html lang>, even of
    // the same value (a second full style pass after the first render, 10-30 ms; trace, issue 12).
    if (document.documentElement.lang !== language) document.documentElement.lang = language;
  }, [language]);
}

export function AppRoutes() {
  useHtmlLang();
  return (
    <Switch>
      {/* The deck is full screen, without the app's header and navigation. */}
      <Route path={viewRoutes.presentation.pattern}>
        <OfflineNotice variant="deck" />
        <ViewBoundary>
          <PresentationPage />
        </ViewBoundary>
      </Route>
      <Route>
        <Layout>
          <ViewBoundary>
            <Switch>
              <Route path={viewRoutes.overview.pattern}>
                <OverviewPage />
              </Route>
              <Route path={viewRoutes.workArea.pattern}>{(params) => <WorkAreaPage id={pathParam(params.id)} />}</Route>
              <Route path={viewRoutes.measures.pattern}>
                <MeasuresPage />
              </Route>
              <Route path={viewRoutes.measure.pattern}>{(params) => <MeasurePage id={pathParam(params.id)} />}</Route>
              <Route path={viewRoutes.meetings.pattern}>
                <MeetingsPage />
              </Route>
              <Route path={viewRoutes.report.pattern}>
                <ReportPage />
              </Route>
              <Route path={viewRoutes.about.pattern}>
                <AboutPage />
              </Route>
              <Route path={viewRoutes.easyRead.pattern}>
                <EasyReadPage />
              </Route>
              <Route path={viewRoutes.accessibility.pattern}>
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
