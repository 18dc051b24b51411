import { useEffect, useRef } from 'react';
import { takePendingFocus } from '../lib/focus-on-navigate';
import { useMarkViewPainted } from '../lib/view-painted';
import { useDocumentTitle } from './document-title';

/**
 * The view's h1. It sets the document title and, after an in-app navigation, takes focus so
 * screen readers announce the new view (the skip link targets it too).
 */
export function PageHeading({ children, title }: { children: string; title?: string }) {
  useDocumentTitle(title ?? children);
  useMarkViewPainted();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takePendingFocus()) ref.current?.focus();
  }, []);
  return (
    <h1 id="main-heading" ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
