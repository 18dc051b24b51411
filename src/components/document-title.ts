import { useEffect } from 'react';
import { usePlanWords } from '../lib/use-plan-words';

/** Sets the tab title for the current view, e.g. "Maßnahmen – <the plan's own title>". */
export function useDocumentTitle(viewTitle: string | undefined): void {
  const appTitle = usePlanWords().title;
  useEffect(() => {
    document.title = viewTitle ? `${viewTitle} – ${appTitle}` : appTitle;
  }, [viewTitle, appTitle]);
}
