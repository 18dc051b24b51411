import { describe, expect, it, vi } from 'vitest';
import { countCollators } from '../count-collators';

// Fresh modules per test: the collator is module state, and other files in this worker may have
// built it already (isolate: false).
async function freshModules() {
  vi.resetModules();
  const { warmUpWhile } = await import('../../src/app/warm-up');
  const { germanCollator } = await import('../../src/lib/german-text');
  return { warmUpWhile, germanCollator };
}

describe('warmUpWhile (main.tsx, while the first view’s code loads)', () => {
  it('builds the German collator while the code is on its way, so the first sort builds none', async () => {
    const { warmUpWhile, germanCollator } = await freshModules();
    await warmUpWhile(new Promise(() => {}));
    const { built, restore } = countCollators();
    try {
      expect(['GF-10', 'GF-2', 'gf-3'].sort(germanCollator().compare)).toEqual(['GF-2', 'gf-3', 'GF-10']);
      expect(built()).toBe(0);
    } finally {
      restore();
    }
  });

  it('does nothing once the code has arrived or failed: the view is not kept waiting', async () => {
    for (const arrived of [() => Promise.resolve(), () => Promise.reject(new Error('chunk failed'))]) {
      const { warmUpWhile, germanCollator } = await freshModules();
      await warmUpWhile(arrived());
      const { built, restore } = countCollators();
      try {
        germanCollator();
        germanCollator();
        expect(built()).toBe(1);
      } finally {
        restore();
      }
    }
  });
});
