// Inputs derived from a procedure's zod schema, for fuzzing. One walker over zod 4's `_zod.def` serves both
// the light check (bad-input.test.ts: a base input whose ids point nowhere, one field broken at a time) and the
// fast-check fuzzer (fuzz.test.ts, `npm run fuzz`): arbitraries of values the schema accepts and of hostile
// values built from them. zod-fast-check does not read zod 4 schemas, hence this walker.
import fc from 'fast-check';

type Check = { check: string; [key: string]: unknown };
type Def = { type: string; checks?: { _zod: { def: Check } }[]; [key: string]: unknown };
type Schema = { _zod: { def: Def }; safeParse: (value: unknown) => { success: boolean } };

const defOf = (schema: unknown): Def => (schema as Schema)._zod.def;
const wrappers = ['optional', 'default', 'nullable', 'readonly', 'catch', 'prefault'];
const unwrap = (def: Def): Def =>
  wrappers.includes(def.type) ? unwrap(defOf(def.innerType)) : def.type === 'pipe' ? unwrap(defOf(def.in)) : def;
const checksOf = (def: Def): Check[] => (def.checks ?? []).map((c) => c._zod.def);
/** A key an object may leave out: its schema is optional or has a default. */
const omittable = (schema: unknown) => ['optional', 'default'].includes(defOf(schema).type);

/** A plain value of the schema's shape: numbers 999999 (no such id), strings "abc", first enum value. */
export function baseValue(schema: unknown): unknown {
  const def = unwrap(defOf(schema));
  switch (def.type) {
    case 'object':
      return Object.fromEntries(Object.entries(def.shape as object).map(([k, v]) => [k, baseValue(v)]));
    case 'number':
      return 999_999;
    case 'string':
      return 'abc';
    case 'boolean':
      return false;
    case 'enum':
      return Object.values(def.entries as object)[0];
    case 'literal':
      return (def.values as unknown[])[0];
    case 'array':
      return [baseValue(def.element)];
    case 'union':
      return baseValue((def.options as unknown[])[0]);
    default:
      return undefined;
  }
}

/** Every object schema inside, with its path, to check that all of them are strict. */
export function objectSchemas(schema: unknown, path = 'input'): { path: string; strict: boolean }[] {
  const def = unwrap(defOf(schema));
  if (def.type === 'object') {
    const catchall = def.catchall ? defOf(def.catchall).type : undefined;
    return [
      { path, strict: catchall === 'never' },
      ...Object.entries(def.shape as object).flatMap(([k, v]) => objectSchemas(v, `${path}.${k}`)),
    ];
  }
  if (def.type === 'array') return objectSchemas(def.element, `${path}[]`);
  return [];
}

const hostile = {
  number: [2_147_483_648, -2_147_483_649, 1e300],
  string: ['a\u0000b', 'lone \ud800 surrogate', 'bell\u0007'],
};

/** The base input with one field broken at a time, plus one with an unknown key. */
export function brokenVariants(schema: unknown): { label: string; input: unknown }[] {
  const base = baseValue(schema);
  const def = unwrap(defOf(schema));
  if (def.type !== 'object' || !base || typeof base !== 'object') return [];
  const out: { label: string; input: unknown }[] = [{ label: 'unknown key', input: { ...base, zzz: 1 } }];
  for (const [key, field] of Object.entries(def.shape as object)) {
    const kind = unwrap(defOf(field)).type;
    for (const value of hostile[kind as keyof typeof hostile] ?? [])
      out.push({ label: `${key}=${JSON.stringify(value)}`, input: { ...base, [key]: value } });
  }
  return out;
}

// ---- Valid values -------------------------------------------------------------------------------------------

/**
 * Arbitraries for text fields whose rule the schema cannot tell (a refinement), by key: e.g. role names. A hint
 * stands for a string field of that name only, so a number of the same name elsewhere (a revision's `from`) keeps its
 * own values.
 */
export type Hints = Record<string, fc.Arbitrary<unknown>>;

/** How many ids the demo database holds, roughly: most generated ids fall among them, so calls reach rows. */
const nearIds = 300;
/** Longest string generated below a schema's maximum, except the exact boundary (kept short for speed). */
const typicalLength = 40;
/** Longest array generated (a list of 500 rows adds time, not new paths). */
const typicalItems = 6;

function stringArbitrary(schema: unknown, def: Def): fc.Arbitrary<string> {
  const checks = checksOf(def);
  const min = Math.max(0, ...checks.filter((c) => c.check === 'min_length').map((c) => c.minimum as number));
  const max = Math.min(...checks.filter((c) => c.check === 'max_length').map((c) => c.maximum as number));
  const format = checks.find((c) => c.check === 'string_format') ?? (def.format ? def : undefined);
  const upper = Number.isFinite(max) ? max : min + typicalLength;
  let text: fc.Arbitrary<string>;
  if (format?.format === 'date')
    text = fc
      .date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
  else if (format?.format === 'datetime')
    text = fc
      .date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString());
  else if (format?.format === 'url')
    text = fc.webUrl({ validSchemes: ['http', 'https'] }).filter((s) => s.length <= upper);
  else if (format?.pattern instanceof RegExp)
    text = fc.stringMatching(format.pattern as RegExp, { size: 'small' }).filter((s) => s.length <= upper);
  else
    text = fc.oneof(
      {
        weight: 8,
        arbitrary: fc.string({ unit: 'grapheme', minLength: min, maxLength: Math.min(upper, min + typicalLength) }),
      },
      // Letters and digits, which rules such as the password's need.
      {
        weight: 4,
        arbitrary: fc.string({
          unit: fc.constantFrom(...'aZx09.-_'),
          minLength: min,
          maxLength: Math.min(upper, min + typicalLength),
        }),
      },
      // Exactly at the bounds.
      { weight: 1, arbitrary: fc.constantFrom(min, upper).map((n) => '字'.repeat(n)) },
    );
  return satisfying(schema, text);
}

/**
 * The schema has the last word: trimming, and refinements the walker cannot read (the password rule, a phone
 * number, a date range in order). Filter only when enough candidates pass, else a refinement no generator
 * guesses (a role name) would stall generation: such a value is then left unfiltered, and a hint supplies
 * real values where they matter.
 */
function satisfying<T>(schema: unknown, arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T> {
  const accepts = (value: T) => (schema as Schema).safeParse(value).success;
  const passing = fc.sample(arbitrary, { numRuns: 100, seed: 1 }).filter(accepts).length;
  return passing >= 2 ? arbitrary.filter(accepts) : arbitrary;
}

function numberArbitrary(def: Def): fc.Arbitrary<number> {
  const checks = checksOf(def);
  const integer = checks.some((c) => c.check === 'number_format' && /int/.test(String(c.format)));
  let min = integer ? Number.MIN_SAFE_INTEGER : -1e9;
  let max = integer ? Number.MAX_SAFE_INTEGER : 1e9;
  let minExcluded = false;
  let maxExcluded = false;
  for (const c of checks) {
    if (c.check === 'greater_than') [min, minExcluded] = [c.value as number, !c.inclusive];
    if (c.check === 'less_than') [max, maxExcluded] = [c.value as number, !c.inclusive];
  }
  if (!integer) return fc.double({ min, max, minExcluded, maxExcluded, noNaN: true });
  if (minExcluded) min += 1;
  if (maxExcluded) max -= 1;
  const near = fc.integer({ min, max: Math.min(max, Math.max(min, 0) + nearIds) });
  return fc.oneof({ weight: 3, arbitrary: near }, { weight: 1, arbitrary: fc.integer({ min, max }) });
}

/** Values the schema accepts: bounds, integers, enums, literals, optional keys, defaults, unions, formats. */
export function validValue(schema: unknown, hints: Hints = {}, key?: string): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (key !== undefined && hints[key]) {
    // A hint (a real day, a place within a refinement's range) stands only where the schema takes what it gives: a
    // string hint of the same name (a period's first day, `from`) leaves a number field (a revision's `from`) or a
    // string of another form (a period's first month) its own values.
    const hint = hints[key];
    const taken = (v: unknown) => (schema as Schema).safeParse(v).success;
    if ((def.type === 'string' || def.type === 'number') && fc.sample(hint, { numRuns: 20, seed: 1 }).some(taken))
      return hint;
  }
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
      return fc.option(validValue(def.innerType, hints, key), { nil: undefined, freq: 4 });
    case 'nullable':
      return fc.option(validValue(def.innerType, hints, key), { nil: null, freq: 4 });
    case 'readonly':
    case 'catch':
      return validValue(def.innerType, hints, key);
    case 'pipe':
      return satisfying(schema, validValue(def.in, hints, key));
    case 'object': {
      const shape = def.shape as Record<string, unknown>;
      const model = Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, validValue(v, hints, k)]));
      const requiredKeys = Object.keys(shape).filter((k) => !omittable(shape[k]));
      // An omitted optional key is left out, not sent as undefined (JSON has no undefined).
      const record = fc
        .record(model, { requiredKeys })
        .map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)));
      // An object's own refinements (a date range in order) are checked by its schema.
      return def.checks?.length ? satisfying(schema, record) : record;
    }
    case 'array': {
      const checks = checksOf(def);
      const min = Math.max(0, ...checks.filter((c) => c.check === 'min_length').map((c) => c.minimum as number));
      const max = Math.min(
        min + typicalItems,
        ...checks.filter((c) => c.check === 'max_length').map((c) => c.maximum as number),
      );
      const array = fc.array(validValue(def.element, hints), { minLength: min, maxLength: max });
      // An array's own refinements (rows numbered once each) are checked by its schema, as an object's are.
      return def.checks?.length ? satisfying(schema, array) : array;
    }
    case 'tuple':
      return fc.tuple(...(def.items as unknown[]).map((item) => validValue(item, hints)));
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map((o) => validValue(o, hints, key)));
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as object));
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'string':
      return stringArbitrary(schema, def);
    case 'number':
      return numberArbitrary(def);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'void':
    case 'undefined':
      return fc.constant(undefined);
    case 'unknown':
    case 'any':
      return fc.jsonValue();
    default:
      // A schema kind this walker does not know yet: fail loudly, so a new procedure is never fuzzed blind.
      throw new Error(`zod-inputs: no generator for zod type "${def.type}"`);
  }
}

// ---- Hostile values -----------------------------------------------------------------------------------------

/** A number JSON cannot carry (NaN, ±Infinity, -0): written as a raw token by jsonText. */
export class RawNumber {
  constructor(readonly token: string) {}
  toJSON() {
    return this.token;
  }
}

/** Nesting `depth` levels deep, of arrays or objects: written iteratively by jsonText, and cheap to print. */
export class Deep {
  constructor(
    readonly depth: number,
    readonly kind: 'array' | 'object',
  ) {}
  toJSON() {
    return `<${this.depth} nested ${this.kind}s>`;
  }
}

/**
 * JSON text for a fuzz input: RawNumber tokens written as they are (`NaN` makes the text malformed, `1e999`
 * parses to Infinity), Deep nesting written without recursion, and own `__proto__` keys kept.
 */
export function jsonText(value: unknown): string {
  if (value instanceof RawNumber) return value.token;
  if (value instanceof Deep) {
    const [open, close] = value.kind === 'array' ? ['[', ']'] : ['{"a":', '}'];
    return `${open.repeat(value.depth)}1${close.repeat(value.depth)}`;
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : jsonText(v))).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${JSON.stringify(k)}:${jsonText(v)}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/** Everything an attacker may send where a value goes: each kind labelled, for the report. */
const megabyte = 1024 * 1024;
const hostileValues: Record<string, fc.Arbitrary<unknown>> = {
  'wrong type': fc.oneof(
    fc.constantFrom(null, true, 0, -1, '', 'x', [], {}, [1, 'a'], { a: 1 }),
    fc.jsonValue({ maxDepth: 2 }),
  ),
  'huge string': fc.constantFrom('a', '字', '%', '"').map((c) => c.repeat(megabyte)),
  'control characters': fc.constantFrom(
    'a\u0000b',
    '\u0007bell',
    'esc\u001b[31m',
    'del\u007f',
    'lone \ud800 high',
    'lone \udfff low',
    '\ud83d',
    '\u202etrl',
    'a\u0000'.repeat(1000),
  ),
  'bad number': fc.constantFrom(
    new RawNumber('NaN'),
    new RawNumber('1e999'),
    new RawNumber('-1e999'),
    new RawNumber('-0'),
    new RawNumber('1e400'),
    0,
    -1,
    0.5,
    1e308,
    2 ** 31,
    2 ** 53,
    2 ** 53 + 2,
    -(2 ** 63),
    Number.MIN_VALUE,
  ),
  'deep nesting': fc.constantFrom(new Deep(10_000, 'array'), new Deep(10_000, 'object')),
  'prototype keys': fc
    .tuple(fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.jsonValue({ maxDepth: 1 }))
    .map(([k, v]) => withOwnKey({}, k, { polluted: true, value: v })),
};

/** An object with `key` as an own key, even `__proto__` (an assignment would set the prototype instead). */
function withOwnKey(target: object, key: string, value: unknown): Record<string, unknown> {
  return Object.defineProperty({ ...target }, key, { value, enumerable: true, writable: true, configurable: true });
}

type Path = (string | number)[];
/** Every place in a value where something else could go: the root, each key, each item. */
function placesIn(value: unknown, path: Path = []): Path[] {
  const inner =
    Array.isArray(value) || (value && typeof value === 'object')
      ? Object.entries(value as object).flatMap(([k, v]) =>
          placesIn(v, [...path, Array.isArray(value) ? Number(k) : k]),
        )
      : [];
  return [path, ...inner];
}
function replaceAt(value: unknown, path: Path, make: (old: unknown) => unknown): unknown {
  if (path.length === 0) return make(value);
  const [head, ...rest] = path as [string | number, ...Path];
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? replaceAt(v, rest, make) : v));
  const record = value as Record<string, unknown>;
  return withOwnKey(record, String(head), replaceAt(record[head as string], rest, make));
}

export type FuzzInput = { label: string; input: unknown };

/**
 * Hostile inputs, each a valid value broken in one way: a hostile value in one place (wrong type, 1 MB string,
 * control characters and lone surrogates, NaN/Infinity/out-of-range numbers, 10,000 levels of nesting,
 * prototype keys), a required key missing, an unknown key added, an array where the object goes.
 */
export function invalidInput(schema: unknown, hints: Hints = {}): fc.Arbitrary<FuzzInput> {
  const valid = validValue(schema, hints);
  // A 1 MB string costs a request about 200 ms (30 times another): one hostile value in ~25 is one.
  const kinds = fc.oneof(
    ...Object.keys(hostileValues).map((kind) => ({
      weight: kind === 'huge string' ? 1 : 4,
      arbitrary: fc.constant(kind),
    })),
  );
  const placed = fc.tuple(valid, kinds, fc.nat()).chain(([value, kind, at]) =>
    (hostileValues[kind] as fc.Arbitrary<unknown>).map((bad) => {
      const places = placesIn(value);
      const path = places[at % places.length] as Path;
      return { label: `${kind} at ${path.length ? path.join('.') : 'root'}`, input: replaceAt(value, path, () => bad) };
    }),
  );
  const objects = valid.filter((v) => !!v && typeof v === 'object' && !Array.isArray(v)) as fc.Arbitrary<
    Record<string, unknown>
  >;
  const isObject = unwrap(defOf(schema)).type === 'object';
  const structural: fc.Arbitrary<FuzzInput>[] = isObject
    ? [
        fc.tuple(objects, fc.nat()).map(([value, at]) => {
          const keys = Object.keys(value);
          if (!keys.length) return { label: 'missing field (none to drop)', input: value };
          const drop = keys[at % keys.length] as string;
          const { [drop]: _dropped, ...rest } = value;
          return { label: `missing field ${drop}`, input: rest };
        }),
        fc
          .tuple(
            objects,
            fc.oneof(fc.constantFrom('zzz', '', ' ', 'id ', '0', '__proto__'), fc.string()),
            fc.jsonValue({ maxDepth: 1 }),
          )
          .map(([value, key, extra]) => ({
            label: 'extra field',
            input: key in value ? value : withOwnKey(value, key, extra),
          })),
        objects.map((value) => ({ label: 'array where the object goes', input: [value] })),
        objects.map((value) => ({ label: 'values as an array', input: Object.values(value) })),
      ]
    : [];
  return fc.oneof({ weight: 3, arbitrary: placed }, ...structural);
}
