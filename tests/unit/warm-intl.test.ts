import { afterEach, describe, expect, it, vi } from 'vitest';

// Fresh modules per test: the formatter caches are module state, and other files in this worker
// may have filled them already (isolate: false).
async function freshModules() {
  vi.resetModules();
  const { warmIntlWhile } = await import('../../src/app/warm-intl');
  const format = await import('../../src/lib/format');
  return { warmIntlWhile, format };
}

const kinds = ['DateTimeFormat', 'ListFormat', 'NumberFormat'] as const;
const originals = Object.fromEntries(kinds.map((kind) => [kind, Intl[kind]]));

/**
 * Counts the Intl objects the first screen's formatting builds from here on. Subclasses, not
 * spies: an object a mock constructor returns lacks the internal slots `format` needs.
 */
function countIntlObjects() {
  let count = 0;
  for (const kind of kinds) {
    const Original = originals[kind] as new (...args: never[]) => object;
    Object.defineProperty(Intl, kind, {
      configurable: true,
      writable: true,
      value: class extends Original {
        constructor(...args: never[]) {
          super(...args);
          count += 1;
        }
      },
    });
  }
  return () => count;
}

function restoreIntl() {
  for (const kind of kinds) Object.defineProperty(Intl, kind, { configurable: true, writable: true, value: originals[kind] });
}

function formatLikeTheFirstScreen(format: Awaited<ReturnType<typeof freshModules>>['format'], language: string) {
  expect(format.formatDate('2026-11-30', language)).toMatch(/2026/);
  expect(format.formatList(['Landeshauptstadt', 'Handwerkskammer'], language)).toMatch(/Landeshauptstadt.+Handwerkskammer/);
  format.formatNumber(1234.5, language);
  format.formatPercent(40, language);
}

describe('warmIntlWhile (main.tsx, while the first view’s code loads)', () => {
  afterEach(restoreIntl);

  it('builds the first screen’s formatters while the code is on its way, so the render builds none', async () => {
    for (const language of ['de', 'en']) {
      const { warmIntlWhile, format } = await freshModules();
      await warmIntlWhile(new Promise(() => {}), language);
      const built = countIntlObjects();
      formatLikeTheFirstScreen(format, language);
      expect(built(), language).toBe(0);
      restoreIntl();
    }
  });

  it('stops once the code has arrived: the render is not kept waiting for the warm-up', async () => {
    const { warmIntlWhile, format } = await freshModules();
    await warmIntlWhile(Promise.resolve(), 'de');
    const built = countIntlObjects();
    formatLikeTheFirstScreen(format, 'de');
    expect(built()).toBe(4);
  });

  it('also stops when the code failed to load (the view shows its error)', async () => {
    const { warmIntlWhile, format } = await freshModules();
    await warmIntlWhile(Promise.reject(new Error('chunk failed')), 'de');
    const built = countIntlObjects();
    formatLikeTheFirstScreen(format, 'de');
    expect(built()).toBe(4);
  });
});
