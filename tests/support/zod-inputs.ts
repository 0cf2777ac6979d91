// Inputs derived from a procedure's zod schema, for fuzzing: a base input whose ids point nowhere, and
// variants that each break one field (out-of-range integers, control characters, an unknown key).
type Def = { type: string; [key: string]: unknown };
type Schema = { _zod: { def: Def } };

const defOf = (schema: unknown): Def => (schema as Schema)._zod.def;
const unwrap = (def: Def): Def =>
  ['optional', 'default', 'nullable', 'readonly', 'catch', 'prefault'].includes(def.type)
    ? unwrap(defOf(def.innerType))
    : def.type === 'pipe'
      ? unwrap(defOf(def.in))
      : def;

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
