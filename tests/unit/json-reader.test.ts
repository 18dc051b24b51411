import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonReader } from '../../src/api/json-reader';

/** Feeds `text` to a reader in pieces cut at `cuts` (positions, any order) and ends it. */
function readInPieces(text: string, cuts: readonly number[]): unknown {
  const reader = new JsonReader();
  let from = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    reader.push(text.slice(from, cut));
    from = cut;
  }
  reader.push(text.slice(from));
  return reader.end();
}

/** What JSON.parse says about the whole text: the value, or that it threw. */
function parsedWhole(text: string): { value: unknown } | 'throws' {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return 'throws';
  }
}

function readResult(text: string, cuts: readonly number[]): { value: unknown } | 'throws' {
  try {
    return { value: readInPieces(text, cuts) };
  } catch (error) {
    expect(error).toBeInstanceOf(SyntaxError);
    return 'throws';
  }
}

// Lists of objects that start alike, with nested objects starting with the same key and strings
// that contain the very text the reader looks for between elements.
const tricky = fc.constantFrom('},{"id"', '}, {"id"', '"', '\\', '\\"', '{', '}', ']', '[', '„ß“', '');
const element = fc.record({
  id: fc.oneof(fc.string(), tricky),
  text: fc.array(fc.oneof(fc.string(), tricky)).map((parts) => parts.join('')),
  nested: fc.array(fc.record({ id: fc.string(), n: fc.integer() }), { maxLength: 3 }),
  any: fc.jsonValue({ maxDepth: 2 }),
});
const cutsFor = (text: string) => fc.array(fc.nat({ max: Math.max(0, text.length) }), { maxLength: 12 });

describe('JsonReader (a JSON text that arrives in pieces)', () => {
  it('gives exactly JSON.parse’s value for any list of objects, however it is cut', () => {
    fc.assert(
      fc.property(
        fc.array(element, { maxLength: 25 }),
        fc.constantFrom(undefined, 2),
        fc.infiniteStream(fc.nat()),
        (list, indent, seeds) => {
          const text = JSON.stringify(list, null, indent);
          const cuts = Array.from({ length: 10 }, () => seeds.next().value % (text.length + 1));
          expect(readInPieces(text, cuts)).toEqual(JSON.parse(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('throws exactly when JSON.parse throws, for damaged texts and other values', () => {
    const damaged = fc
      .tuple(fc.array(element, { minLength: 1, maxLength: 12 }), fc.nat(), fc.constantFrom('', ',', '}', '"', ']', 'x'))
      .map(([list, at, insert]) => {
        const text = JSON.stringify(list);
        const i = at % text.length;
        return text.slice(0, i) + insert + text.slice(i + 1);
      });
    const texts = fc.oneof(
      damaged,
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.string(),
    );
    fc.assert(
      fc.property(
        texts.chain((text) => fc.tuple(fc.constant(text), cutsFor(text))),
        ([text, cuts]) => {
          expect(readResult(text, cuts)).toEqual(parsedWhole(text));
        },
      ),
      { numRuns: 500 },
    );
  });

  it.each([
    ['an empty list', ' [ ] '],
    ['a list of numbers', '[1, 2, 3]'],
    ['an object', '{"a":[{"id":1},{"id":2}]}'],
    ['a string', '"},{\\"id\\""'],
    ['a list whose elements start differently', '[{"id":1},{"name":2},{"id":3}]'],
    ['text after the list', '[{"id":1},{"id":2}] x'],
    ['a missing comma', '[{"id":1}{"id":2}]'],
  ])('agrees with JSON.parse on %s, cut at every position', (_name, text) => {
    for (let cut = 0; cut <= text.length; cut += 1) expect(readResult(text, [cut])).toEqual(parsedWhole(text));
  });

  it('hands back the elements before the end, as the text arrives', () => {
    const reader = new JsonReader();
    const text = JSON.stringify(Array.from({ length: 100 }, (_, i) => ({ id: `M-${i}`, nested: [{ id: i }] })));
    reader.push(text.slice(0, text.length / 2));
    // Half of the text read: at least some runs have been parsed and the buffer was cut down.
    expect(reader.elementsParsed).toBeGreaterThan(40);
    reader.push(text.slice(text.length / 2));
    expect(reader.end()).toEqual(JSON.parse(text));
  });
});
