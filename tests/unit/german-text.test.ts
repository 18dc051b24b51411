import { describe, expect, it, vi } from 'vitest';
import { compareIds } from '../../src/lib/compare-ids';
import { foldGerman, germanCollator } from '../../src/lib/german-text';
import { countCollators } from '../count-collators';

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

describe("compareIds (the collator's order for ids, without the collator for plain ones)", () => {
  const collator = () => germanCollator().compare;

  it.each([
    ['GF-2', 'GF-10', -1],
    ['GF-06', 'GF-6', 0],
    ['gf-3', 'GF-3', 0],
    ['GF-2', 'GF2', -1],
    ['GF', 'GF-1', -1],
    ['GF-9', 'GFA', -1],
    ['A-100', 'A-99', 1],
    ['', 'A', -1],
  ])('%s vs %s: %i', (a, b, sign) => {
    expect(Math.sign(compareIds(a, b))).toBe(sign);
    expect(Math.sign(collator()(a, b))).toBe(sign);
  });

  it('agrees with the German collator on 50,000 random pairs of letters, digits and hyphens', () => {
    const alphabet = 'aAbBmzZ00129-';
    let seed = 2026;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const id = () => Array.from({ length: random(10) }, () => alphabet[random(alphabet.length)]).join('');
    const disagreements: string[] = [];
    for (let k = 0; k < 50_000; k += 1) {
      const [a, b] = [id(), id()];
      if (Math.sign(compareIds(a, b)) !== Math.sign(collator()(a, b))) disagreements.push(`${a} / ${b}`);
    }
    expect(disagreements.slice(0, 10)).toEqual([]);
  });

  it('hands any other id to the collator: umlauts, spaces, dots, other scripts', () => {
    const pairs = [
      ['Ä-1', 'A-2'],
      ['GF 2', 'GF-2'],
      ['GF.10', 'GF.9'],
      ['ÖV-1', 'OV-1'],
      ['Ω-1', 'A-1'],
      ['GF-２', 'GF-10'],
    ];
    for (const [a = '', b = ''] of pairs) expect(Math.sign(compareIds(a, b)), `${a} / ${b}`).toBe(Math.sign(collator()(a, b)));
  });

  it('builds no collator for plain ids (the first one loads the collation data, decision 044)', async () => {
    vi.resetModules();
    const fresh = await import('../../src/lib/compare-ids');
    const { built, restore } = countCollators();
    try {
      expect(['GF-10', 'gf-3', 'GF-2'].sort(fresh.compareIds)).toEqual(['GF-2', 'gf-3', 'GF-10']);
      expect(built()).toBe(0);
      fresh.compareIds('Ä-1', 'A-1');
      expect(built()).toBe(1);
    } finally {
      restore();
    }
  });
});
