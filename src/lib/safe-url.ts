/**
 * Only these schemes may become a live link. A `javascript:` or `data:` URL in the data is shown
 * as plain text instead (docs/quality.md).
 */
const allowed = new Set(['https:', 'http:', 'mailto:']);

export function safeHref(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return allowed.has(parsed.protocol) ? parsed.toString() : undefined;
  } catch {
    return undefined;
  }
}
