import { afterEach, describe, expect, it, vi } from 'vitest';

// Fresh modules per test: the collator is module state, and other files in this worker may have
// built it already (isolate: false).
async function freshModules() {
  vi.resetModules();
  const { warmUpWhile } = await import('../../src/app/warm-up');
  const { germanCollator } = await import('../../src/lib/german-text');
  return { warmUpWhile, germanCollator };
}

const Original = Intl.Collator;

/** Counts the collators built from here on (a subclass: a mock's object would not compare). */
function countCollators() {
  let count = 0;
  Object.defineProperty(Intl, 'Collator', {
    configurable: true,
    writable: true,
    value: class extends Original {
      constructor(...args: ConstructorParameters<typeof Intl.Collator>) {
        super(...args);
        count += 1;
      }
    },
  });
  return () => count;
}

describe('warmUpWhile (main.tsx, while the first view’s code loads)', () => {
  afterEach(() => {
    Object.defineProperty(Intl, 'Collator', { configurable: true, writable: true, value: Original });
  });

  it('builds the German collator while the code is on its way, so the first sort builds none', async () => {
    const { warmUpWhile, germanCollator } = await freshModules();
    await warmUpWhile(new Promise(() => {}));
    const built = countCollators();
    expect(['GF-10', 'GF-2', 'gf-3'].sort(germanCollator().compare)).toEqual(['GF-2', 'gf-3', 'GF-10']);
    expect(built()).toBe(0);
  });

  it('does nothing once the code has arrived or failed: the view is not kept waiting', async () => {
    for (const arrived of [() => Promise.resolve(), () => Promise.reject(new Error('chunk failed'))]) {
      const { warmUpWhile, germanCollator } = await freshModules();
      await warmUpWhile(arrived());
      const built = countCollators();
      germanCollator();
      germanCollator();
      expect(built()).toBe(1);
    }
  });
});
