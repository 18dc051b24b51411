/**
 * A fast first pass over an API answer, derived from the contract's zod schemas at run time
 * (decision 045). `zod/mini` parses with a generic interpreter, a payload object and a checks loop
 * per field (only classic zod compiles objects, with `new Function`, which our CSP forbids anyway):
 * 20–35 µs per measure in Chromium here, 200–350 ms of main thread for 10,000 measures on the way
 * to the first screen.
 *
 * `acceptorFor(schema)` walks the schema's definition once and builds plain closures for the kinds
 * the contract uses: objects (unknown keys stripped), arrays, strings and numbers with their length,
 * range, integer and date-format checks, enums, booleans and optional fields. Any other kind, check
 * or option is handed to zod itself for that part of the value, so a new kind in the contract is
 * never checked less strictly, only more slowly.
 *
 * It only ever says "valid, and here is what zod would return" or "not sure": on REJECTED the
 * caller runs zod on the value for the real verdict and the issue's path. So the error messages
 * stay zod's, and a value is never accepted here that zod would refuse (tests/unit/fast-accept
 * holds both to the same answers for valid, damaged and hostile values).
 */
import type { ZodMiniType } from 'zod/mini';

/** "Not accepted here": the caller asks zod. */
export const REJECTED: unique symbol = Symbol('rejected');

export type Acceptor = (value: unknown) => unknown;

/** The parts of a zod schema (or check) instance this module reads; all of them are zod's `_zod`. */
interface ZodNode {
  _zod: {
    def: Record<string, unknown> & { type?: string; check?: string; checks?: ZodNode[] };
    traits: Set<string>;
    values?: Set<unknown>;
    optin?: 'optional' | 'defaulted';
    optout?: 'optional';
    run(payload: { value: unknown; issues: unknown[] }, ctx: { async: false }): unknown;
  };
}

const acceptors = new WeakMap<object, Acceptor>();

/** The acceptor for `schema`, built on first use and kept with the schema. */
export function acceptorFor(schema: ZodMiniType): Acceptor {
  let acceptor = acceptors.get(schema);
  if (!acceptor) {
    acceptor = build(schema as unknown as ZodNode);
    acceptors.set(schema, acceptor);
  }
  return acceptor;
}

/**
 * Where in `schema` the acceptor hands over to zod (`''` is the schema itself). Empty for the
 * contract's answers today; a test keeps it so, because each entry is a part checked at zod's pace.
 */
export function partsLeftToZod(schema: ZodMiniType): string[] {
  const paths: string[] = [];
  build(schema as unknown as ZodNode, '', paths);
  return paths;
}

function build(node: ZodNode, path = '', leftToZod?: string[]): Acceptor {
  const fast = known(node, path, leftToZod);
  if (fast) return fast;
  leftToZod?.push(path);
  return byZod(node);
}

/** zod itself, for one part of the value: the same call as its `safeParse`, without the error object. */
function byZod(node: ZodNode): Acceptor {
  return (value) => {
    const result = node._zod.run({ value, issues: [] }, { async: false }) as
      { value: unknown; issues: unknown[] } | Promise<unknown>;
    if (result instanceof Promise || result.issues.length > 0) return REJECTED;
    return result.value;
  };
}

function known(node: ZodNode, path: string, leftToZod?: string[]): Acceptor | undefined {
  const def = node._zod.def;
  if (def.coerce) return undefined;
  const checks = checksOf(node);
  switch (def.type) {
    case 'string': {
      const test = valueChecks(checks, 'string');
      return test ? (value) => (typeof value === 'string' && test(value) ? value : REJECTED) : undefined;
    }
    case 'number': {
      const test = valueChecks(checks, 'number');
      // zod's number is a finite one: JSON's 1e999 parses to Infinity and is refused.
      return test
        ? (value) => (typeof value === 'number' && Number.isFinite(value) && test(value) ? value : REJECTED)
        : undefined;
    }
    case 'boolean':
      return checks.length === 0 ? (value) => (typeof value === 'boolean' ? value : REJECTED) : undefined;
    case 'enum': {
      const values = node._zod.values;
      return values && checks.length === 0 ? (value) => (values.has(value) ? value : REJECTED) : undefined;
    }
    case 'optional': {
      const inner = def.innerType as ZodNode;
      // A default inside would put a value in place of the missing one, and an exact optional
      // refuses undefined: zod's job.
      if (checks.length > 0 || inner._zod.optin === 'defaulted' || node._zod.traits.has('$ZodExactOptional')) return undefined;
      const accept = build(inner, path, leftToZod);
      return (value) => (value === undefined ? undefined : accept(value));
    }
    case 'array': {
      if (checks.length > 0) return undefined;
      const accept = build(def.element as ZodNode, `${path}[]`, leftToZod);
      return (value) => {
        if (!Array.isArray(value)) return REJECTED;
        const out: unknown[] = new Array(value.length);
        for (let i = 0; i < value.length; i += 1) {
          const item = accept(value[i]);
          if (item === REJECTED) return REJECTED;
          out[i] = item;
        }
        return out;
      };
    }
    case 'object':
      return checks.length === 0 && def.catchall === undefined ? objectAcceptor(def, path, leftToZod) : undefined;
    default:
      return undefined;
  }
}

/** The checks zod runs on a value of `node`: the node itself if it is a check (a format), then its own list. */
function checksOf(node: ZodNode): ZodNode[] {
  const own = node._zod.def.checks ?? [];
  return node._zod.traits.has('$ZodCheck') ? [node, ...own] : own;
}

interface Field {
  key: string;
  accept: Acceptor;
  /** zod's optin/optout of the field's schema: may the key be missing, and what comes out then. */
  optin: 'optional' | 'defaulted' | undefined;
  optout: 'optional' | undefined;
}

/** An object with zod's default for unknown keys (strip): only the shape's keys are copied. */
function objectAcceptor(def: ZodNode['_zod']['def'], path: string, leftToZod?: string[]): Acceptor | undefined {
  const shape = def.shape as Record<string, ZodNode>;
  if (Object.getOwnPropertySymbols(shape).length > 0) return undefined;
  const fields: Field[] = Object.keys(shape)
    // zod never copies a key named __proto__ (it would replace the result's prototype).
    .filter((key) => key !== '__proto__')
    .map((key) => {
      const field = shape[key] as ZodNode;
      return {
        key,
        accept: build(field, path ? `${path}.${key}` : key, leftToZod),
        optin: field._zod.optin,
        optout: field._zod.optout,
      };
    });
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return REJECTED;
    const input = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const { key, accept, optin, optout } of fields) {
      // zod's rules for a field (handlePropertyResult in zod's object), step by step.
      const present = key in input;
      const result = accept(input[key]);
      if (result === REJECTED) {
        if (!present && optin !== undefined && optout === 'optional') continue;
        return REJECTED;
      }
      if (!present && optin === undefined) return REJECTED;
      if (result !== undefined) out[key] = result;
      else if (present || (optin === 'defaulted' && optout !== 'optional')) out[key] = undefined;
    }
    return out;
  };
}

type ValueTest<T> = (value: T) => boolean;

/**
 * One test for all of a string's or number's checks, or undefined when one of them is a kind this
 * module does not know (then zod checks the value). Lengths count code points, as zod 4 does.
 */
function valueChecks(checks: ZodNode[], type: 'string'): ValueTest<string> | undefined;
function valueChecks(checks: ZodNode[], type: 'number'): ValueTest<number> | undefined;
function valueChecks(checks: ZodNode[], type: 'string' | 'number'): ValueTest<never> | undefined {
  const tests: ValueTest<never>[] = [];
  for (const check of checks) {
    const test = type === 'string' ? stringCheck(check) : numberCheck(check._zod.def);
    if (!test) return undefined;
    tests.push(test as ValueTest<never>);
  }
  return allOf(tests);
}

/** The tests joined by "and", without a loop for the usual one or two. */
function allOf<T>(tests: ValueTest<T>[]): ValueTest<T> {
  const [first, second, ...rest] = tests;
  if (!first) return () => true;
  if (!second) return first;
  const both: ValueTest<T> = (value) => first(value) && second(value);
  if (rest.length === 0) return both;
  const others = allOf(rest);
  return (value) => both(value) && others(value);
}

function stringCheck(check: ZodNode): ValueTest<string> | undefined {
  const def = check._zod.def;
  switch (def.check) {
    case 'min_length': {
      const min = def.minimum as number;
      return (value) => value.length >= 2 * min || (value.length >= min && codePoints(value) >= min);
    }
    case 'max_length': {
      const max = def.maximum as number;
      return (value) => value.length <= max || codePoints(value) <= max;
    }
    case 'string_format': {
      // Only the ISO day, which is its pattern and nothing else; other formats may check more.
      const pattern = def.pattern;
      if (!check._zod.traits.has('$ZodISODate') || !(pattern instanceof RegExp)) return undefined;
      return (value) => {
        pattern.lastIndex = 0;
        return pattern.test(value);
      };
    }
    default:
      return undefined;
  }
}

function numberCheck(def: ZodNode['_zod']['def']): ValueTest<number> | undefined {
  const limit = def.value;
  switch (def.check) {
    case 'greater_than':
      if (typeof limit !== 'number') return undefined;
      return def.inclusive ? (value) => value >= limit : (value) => value > limit;
    case 'less_than':
      if (typeof limit !== 'number') return undefined;
      return def.inclusive ? (value) => value <= limit : (value) => value < limit;
    case 'number_format':
      return def.format === 'safeint' ? (value) => Number.isSafeInteger(value) : undefined;
    default:
      return undefined;
  }
}

/** Unicode code points: a surrogate pair counts once, a lone surrogate once. */
function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i += 1) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count -= 1;
      i += 1;
    }
  }
  return count;
}
