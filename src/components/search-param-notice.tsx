import { useStore } from '@nanostores/react';
import { stateMessages } from '../i18n/messages';

/**
 * Tells the reader that part of the link was ignored. Shows only parameter *names* from the
 * view's own spec, never the raw value, so a crafted link cannot put its text on the page.
 */
export function SearchParamNotice({
  invalid,
  notices = [],
  onDismiss,
}: {
  invalid: readonly string[];
  /** Further sentences about the link (e.g. a meeting that does not exist), written by the view. */
  notices?: readonly string[];
  onDismiss: () => void;
}) {
  const t = useStore(stateMessages);
  if (invalid.length === 0 && notices.length === 0) return null;
  return (
    <div className="notice" role="status">
      <ul>
        {notices.map((text) => (
          <li key={text}>{text}</li>
        ))}
        {invalid.map((name) => (
          <li key={name}>{t.invalidParam({ param: name })}</li>
        ))}
      </ul>
      <button type="button" className="button button--small" onClick={onDismiss}>
        {t.dismiss}
      </button>
    </div>
  );
}
