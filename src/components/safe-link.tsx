import { useStore } from '@nanostores/react';
import type { ReactNode } from 'react';
import { appMessages } from '../i18n/messages';
import { safeHref } from '../lib/safe-url';

/** A link from the data: live only for http(s)/mailto, otherwise plain text with the URL beside it. */
export function SafeLink({ url, children }: { url: string; children: ReactNode }) {
  const t = useStore(appMessages);
  const href = safeHref(url);
  if (!href) {
    return (
      <span className="unsafe-link">
        {children} <span className="muted">({url})</span>
      </span>
    );
  }
  return (
    <a href={href} rel="noopener noreferrer" target="_blank">
      {children}
      <span className="visually-hidden"> {t.newTab}</span>
    </a>
  );
}
