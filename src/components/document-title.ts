import { useStore } from '@nanostores/react';
import { useEffect } from 'react';
import { appMessages } from '../i18n/messages';

/** Sets the tab title for the current view, e.g. "Maßnahmen – Masterplan Handwerk Düsseldorf". */
export function useDocumentTitle(viewTitle: string | undefined): void {
  const appTitle = useStore(appMessages).title;
  useEffect(() => {
    document.title = viewTitle ? `${viewTitle} – ${appTitle}` : appTitle;
  }, [viewTitle, appTitle]);
}
