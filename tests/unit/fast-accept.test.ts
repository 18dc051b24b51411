import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { acceptorFor, partsLeftToZod, REJECTED } from '../../src/api/fast-accept';
import { indicatorListSchema, measureListSchema, meetingListSchema, planSchema, workAreaListSchema } from '../../src/api/schemas';
import { getDataset } from '../../mocks/dataset';

type Schema = z.ZodMiniType;

/**
 * The one property that matters: the fast pass accepts exactly what zod accepts, and returns what
 * zod returns. (Refusing a valid value would only cost time, as zod then decides; accepting an
 * invalid one would let it into the app.)
 */
function expectSameVerdict(schema: Schema, value: unknown): void {
  const fast = acceptorFor(schema)(value);
  const zod = schema.safeParse(value);
  if (zod.success) expect(fast).toStrictEqual(zod.data);
  else expect(fast).toBe(REJECTED);
}

const answers: [string, Schema, (data: ReturnType<typeof getDataset>) => unknown][] = [
  ['plan', planSchema, (data) => data.plan],
  ['work areas', workAreaListSchema, (data) => data.workAreas],
  ['measures', measureListSchema, (data) => data.measures],
  ['indicators', indicatorListSchema, (data) => data.indicators],
  ['meetings', meetingListSchema, (data) => data.meetings],
];

// Values at the edges of the contract's checks, and of JSON: ids of 64 and 65 characters, counted
// in code points as zod 4 does (an emoji is two UTF-16 units), a lone surrogate, impossible days,
// -0, 1e999 (JSON.parse makes it Infinity), keys that live on Object.prototype.
const edges: unknown[] = [
  '',
  'a',
  'x'.repeat(64),
  'x'.repeat(65),
  '😀'.repeat(32),
  '😀'.repeat(33),
  '😀'.repeat(64) + 'x',
  '\uD800',
  '\uD800'.repeat(65),
  'x'.repeat(2000),
  'x'.repeat(2001),
  'x'.repeat(5000),
  'x'.repeat(5001),
  '😀'.repeat(2600),
  '2024-02-29',
  '2023-02-29',
  '2026-13-01',
  '2026-1-01',
  '2026-01-01\n',
  ' 2026-01-01',
  '2026-01-01T00:00:00Z',
  'planned',
  'PLANNED',
  'done',
  '__proto__',
  'toString',
  '<img src=x onerror=alert(1)>',
  0,
  -0,
  1,
  -1,
  1.5,
  100,
  100.000001,
  -0.000001,
  2 ** 53,
  2 ** 53 - 1,
  Infinity,
  -Infinity,
  NaN,
  true,
  false,
  null,
  undefined,
  [],
  ['x'],
  [{}],
  {},
  { id: 'x' },
  JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
];

/** Every path to a value inside `value`: ['measures', 3, 'milestones', 0, 'due'] and so on. */
function pathsIn(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const paths: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => paths.push(...pathsIn(item, [...prefix, i])));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) paths.push(...pathsIn(item, [...prefix, key]));
  return paths;
}

/** `value` with every list cut to its first three elements. */
function shortened(value: unknown): unknown {
  if (Array.isArray(value)) return value.slice(0, 3).map(shortened);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shortened(item)]));
  return value;
}

type Change = { kind: 'set'; to: unknown } | { kind: 'delete' } | { kind: 'add'; key: string; to: unknown };

/** A deep copy of `value` with one change at `path` (JSON round trip: answers are JSON). */
function changed(value: unknown, path: (string | number)[], change: Change): unknown {
  const copy = JSON.parse(JSON.stringify(value)) as unknown;
  if (path.length === 0) return change.kind === 'set' ? change.to : copy;
  let parent = copy as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (change.kind === 'set') parent[last] = change.to;
  else if (change.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    const target = parent[last];
    if (target !== null && typeof target === 'object' && !Array.isArray(target))
      Object.defineProperty(target, change.key, { value: change.to, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), to: fc.oneof(fc.constantFrom(...edges), fc.jsonValue()) }),
  fc.constant({ kind: 'delete' as const }),
  fc.record({
    kind: fc.constant('add' as const),
    key: fc.constantFrom('extra', '__proto__', 'constructor', 'id', 'toString'),
    to: fc.constantFrom(...edges),
  }),
);

describe('acceptorFor', () => {
  it('checks every answer of the contract itself, nothing is left to zod', () => {
    for (const [, schema] of answers) expect(partsLeftToZod(schema)).toEqual([]);
  });

  it.each(answers)('returns what zod returns for the sample plan and a generated one: %s', (_, schema, pick) => {
    for (const scale of [undefined, 1000]) {
      const value = JSON.parse(JSON.stringify(pick(getDataset(scale)))) as unknown;
      expect(acceptorFor(schema)(value)).toStrictEqual(schema.parse(value));
    }
  });

  it.each(answers)('agrees with zod on damaged and hostile answers: %s', (_, schema, pick) => {
    // A few elements of each list are enough: every element has the same schema.
    const value = shortened(pick(getDataset(undefined)));
    const paths = pathsIn(value);
    fc.assert(
      fc.property(fc.constantFrom(...paths), change, (path, how) => {
        expectSameVerdict(schema, changed(value, path, how));
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with zod on the kinds and checks it knows, at their limits', () => {
    const schema = z.object({
      short: z.string().check(z.minLength(3), z.maxLength(5)),
      day: z.optional(z.iso.date()),
      ratio: z.number().check(z.gt(0), z.lt(1)),
      count: z.int().check(z.gte(-2), z.lte(2)),
      flag: z.optional(z.boolean()),
      kind: z.enum(['a', 'b']),
      list: z.array(z.number()),
    });
    const valid = { short: 'abc', day: '2026-12-03', ratio: 0.5, count: 0, flag: true, kind: 'a', list: [1] };
    expect(partsLeftToZod(schema)).toEqual([]);
    // Mixed units and code points: '😀😀' is four UTF-16 units but two code points, too short for 3.
    const pieces = fc.array(fc.constantFrom('a', '😀', '\uD800', '\uDC00'), { minLength: 1, maxLength: 6 });
    const strings = fc.oneof(
      fc.string({ maxLength: 7 }),
      pieces.map((parts) => parts.join('')),
      fc.constantFrom('😀😀', 'a😀', '😀😀😀', 'a😀😀a', ...edges),
    );
    const numbers = fc.oneof(fc.double(), fc.integer({ min: -4, max: 4 }), fc.constantFrom(...edges));
    const values = {
      short: strings,
      day: strings,
      ratio: numbers,
      count: numbers,
      flag: fc.constantFrom(...edges),
      kind: strings,
      list: fc.array(numbers, { maxLength: 3 }),
    };
    // One field changed at a time, the others valid: only then can a wrong verdict on it show.
    const keys = Object.keys(values) as (keyof typeof values)[];
    fc.assert(
      fc.property(
        fc.constantFrom(...keys).chain((key) => fc.tuple(fc.constant(key), fc.oneof(values[key], fc.constantFrom(...edges)))),
        fc.boolean(),
        ([key, to], remove) => {
          const value: Record<string, unknown> = { ...valid, [key]: to };
          if (remove) delete value[key];
          expectSameVerdict(schema, value);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('leaves other kinds to zod and still agrees with it', () => {
    const schema = z.object({
      either: z.union([z.string(), z.number()]),
      maybe: z.nullable(z.string().check(z.minLength(2))),
      mail: z.email(),
      withDefault: z._default(z.string(), 'x'),
      strict: z.strictObject({ a: z.string() }),
      tiny: z.number().check(z.multipleOf(0.5)),
    });
    expect(partsLeftToZod(schema).sort()).toEqual(['either', 'mail', 'maybe', 'strict', 'tiny', 'withDefault']);
    const valid = { either: 1, maybe: null, mail: 'a@b.de', strict: { a: 'x' }, tiny: 1.5 };
    expectSameVerdict(schema, valid);
    expect(acceptorFor(schema)(valid)).toStrictEqual({ ...valid, withDefault: 'x' });
    for (const [key, bad] of [
      ['either', true],
      ['maybe', 'x'],
      ['mail', 'not mail'],
      ['strict', { a: 'x', b: 1 }],
      ['tiny', 1.2],
      ['withDefault', 3],
    ] as const) {
      const value = { ...valid, [key]: bad };
      expectSameVerdict(schema, value);
      expect(acceptorFor(schema)(value)).toBe(REJECTED);
    }
  });
});
