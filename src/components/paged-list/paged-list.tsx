import { useStore } from '@nanostores/react';
import { useRef, useState, type ReactNode } from 'react';
import { formatNumber } from '../../lib/format-number';
import { useLanguage } from '../../i18n/i18n';
import { pagedListMessages } from './messages';

interface PagedListProps<T> {
  items: readonly T[];
  /** Items per page: enough for a normal plan to show everything at once. */
  pageSize: number;
  keyOf: (item: T) => string;
  children: (item: T) => ReactNode;
  className?: string;
  /** Id of the heading that names the list (screen readers' list navigation says which list). */
  labelledBy?: string;
}

/**
 * A list that renders one page at a time and a button for the next: with 10,000 measures, one
 * work area's list would otherwise put 20,000 nodes in the DOM and block the page for seconds.
 * Paging (not virtualising) keeps every shown item in the document, so browser search and
 * screen-reader list navigation work as usual. Focus moves to the first new item.
 */
export function PagedList<T>({ items, pageSize, keyOf, children, className, labelledBy }: PagedListProps<T>) {
  const t = useStore(pagedListMessages);
  const lang = useLanguage();
  const [count, setCount] = useState(pageSize);
  const listRef = useRef<HTMLUListElement>(null);
  const shown = items.slice(0, count);
  const remaining = items.length - shown.length;
  const showMore = () => {
    const firstNew = shown.length;
    setCount((c) => c + pageSize);
    // After React has rendered the new items: the keyboard continues where the reader was.
    requestAnimationFrame(() => listRef.current?.children[firstNew]?.querySelector<HTMLElement>('a, button')?.focus());
  };
  return (
    <>
      <ul ref={listRef} className={className} aria-labelledby={labelledBy}>
        {shown.map((item) => (
          <li key={keyOf(item)}>{children(item)}</li>
        ))}
      </ul>
      {remaining > 0 ? (
        <button type="button" className="button button--small button--ghost" onClick={showMore}>
          {t.showMore({
            count: formatNumber(Math.min(pageSize, remaining), lang),
            remaining: formatNumber(remaining, lang),
            total: formatNumber(items.length, lang),
          })}
        </button>
      ) : null}
    </>
  );
}
