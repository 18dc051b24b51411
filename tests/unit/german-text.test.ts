import { describe, expect, it } from 'vitest';
import { foldGerman } from '../../src/lib/german-text';

describe('foldGerman (search text)', () => {
  it.each([
    ['Handwerkerhöfe', 'handwerkerhoefe'],
    ['STRASSE Straße', 'strasse strasse'],
    ['ÄÖÜ', 'aeoeue'],
    ['ẞ groß', 'ss gross'],
    ['Café Ångström', 'cafe angstroem'],
    ['„Meisterbonus“ GF-06', '„meisterbonus“ gf-06'],
    ['plain ascii 2026', 'plain ascii 2026'],
  ])('%s → %s', (text, folded) => {
    expect(foldGerman(text)).toBe(folded);
  });

  it('makes the spelled-out umlaut and the umlaut find each other', () => {
    expect(foldGerman('Übergangslösung')).toBe(foldGerman('Uebergangsloesung'));
  });
});
