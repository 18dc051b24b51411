import { useStore } from '@nanostores/react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { planQuery } from '../api/queries';
import { PrintMargins } from '../components/print-margins';
import { ErrorState } from '../components/loading-error';
import { appMessages } from '../i18n/messages';
import { setLanguage, useLanguage } from '../i18n/i18n';
import { markNavigated } from '../lib/focus-on-navigate';
import { formatDate } from '../lib/format';
import { paths } from '../lib/paths';
import { usePlanWords } from '../lib/use-plan-words';
import { OfflineNotice } from './offline-notice';
import { applyTheme, readThemePreference, themePreferences, type ThemePreference } from './theme';

function PlanMeta() {
  const t = useStore(appMessages);
  const lang = useLanguage();
  const plan = useQuery(planQuery());
  if (plan.data) {
    return (
      <p className="site-header__meta">
        <span>{t.dataDate({ date: formatDate(plan.data.dataDate, lang) })}</span>
        {plan.data.illustrative ? (
          <span className="badge badge--sample" title={t.illustrativeHint}>
            {t.illustrative}
          </span>
        ) : null}
      </p>
    );
  }
  if (plan.isError) return <ErrorState error={plan.error} what="plan" onRetry={() => void plan.refetch()} />;
  return (
    <p className="site-header__meta" role="status">
      {t.planLoading}
    </p>
  );
}

function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const [location] = useLocation();
  const current = href === '/' ? location === '/' : location === href || location.startsWith(`${href}/`);
  return (
    <Link href={href} className="site-nav__link" aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  );
}

const themeLabel = { system: 'themeSystem', light: 'themeLight', dark: 'themeDark' } as const;

function Settings() {
  const t = useStore(appMessages);
  const lang = useLanguage();
  const [theme, setTheme] = useState<ThemePreference>(readThemePreference);
  const other = lang === 'en' ? 'de' : 'en';
  return (
    <div className="site-settings">
      <button
        type="button"
        className="button button--ghost"
        lang={other}
        aria-label={t.switchLanguageLabel}
        onClick={() => setLanguage(other)}
      >
        {t.switchLanguage}
      </button>
      <label className="site-settings__theme">
        <span>{t.theme}</span>
        <select
          value={theme}
          onChange={(event) => {
            const next = event.target.value as ThemePreference;
            setTheme(next);
            applyTheme(next);
          }}
        >
          {themePreferences.map((value) => (
            <option key={value} value={value}>
              {t[themeLabel[value]]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

function useFocusAfterNavigation(location: string): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    markNavigated();
    const heading = document.getElementById('main-heading');
    // The view may already be rendered (same chunk): focus now; a lazy view focuses itself on mount.
    if (heading) {
      heading.focus();
      window.scrollTo(0, 0);
    }
  }, [location]);
}

export function Layout({ children }: { children: ReactNode }) {
  const t = useStore(appMessages);
  const [location] = useLocation();
  const words = usePlanWords();
  useFocusAfterNavigation(location);
  return (
    <div className="app">
      <PrintMargins />
      <a className="skip-link" href="#main-heading">
        {t.skipLink}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <div className="site-header__brand">
            <Link href={paths.overview} className="site-header__title">
              <span className="site-header__logo" aria-hidden="true" />
              <span>
                {words.title}
                <span className="site-header__subtitle">{t.subtitle}</span>
              </span>
            </Link>
            <PlanMeta />
          </div>
          <Settings />
        </div>
        <nav className="site-nav" aria-label={t.navLabel}>
          <ul>
            <li>
              <NavLink href={paths.overview}>{t.navOverview}</NavLink>
            </li>
            <li>
              <NavLink href={paths.measures}>{t.navMeasures}</NavLink>
            </li>
            <li>
              <NavLink href={paths.meetings}>{t.navMeetings}</NavLink>
            </li>
            <li>
              <NavLink href={paths.presentation}>{t.navPresentation}</NavLink>
            </li>
            <li>
              <NavLink href={paths.report}>{t.navReport}</NavLink>
            </li>
            <li>
              <NavLink href={paths.about}>{t.navAbout}</NavLink>
            </li>
          </ul>
        </nav>
      </header>
      <OfflineNotice />
      <main id="main" className="main">
        {children}
      </main>
      <footer className="site-footer">
        {words.partners ? <p>{t.footer({ partners: words.partners })}</p> : null}
        <ul>
          <li>
            <Link href={paths.accessibility}>{t.navAccessibility}</Link>
          </li>
          <li>
            <Link href={paths.easyRead}>{t.navEasyRead}</Link>
          </li>
          <li>
            <Link href={paths.about}>{t.navAbout}</Link>
          </li>
        </ul>
      </footer>
    </div>
  );
}
