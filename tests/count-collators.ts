/**
 * Counts the Intl.Collator objects built from now on, until `restore()`. A subclass, not a mock: the
 * code under test still gets a working collator. Tests use it to check when the collation data
 * would load (decisions 041, 044).
 */
export function countCollators(): { built: () => number; restore: () => void } {
  const Original = Intl.Collator;
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
  return {
    built: () => count,
    restore: () => Object.defineProperty(Intl, 'Collator', { configurable: true, writable: true, value: Original }),
  };
}
