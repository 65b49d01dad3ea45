/**
 * JSON Schema for an enum's wire form (SPEC section 13's Standard JSON Schema): pure
 * functions of the values, so the runtime's `schemaOf` only gathers them from the class.
 */
import { schemaMessages } from './problems';
import { isPlainObject } from './repr';

type Schema = Record<string, unknown>;

const DIALECTS: Readonly<Record<string, string>> = {
  'draft-2020-12': 'https://json-schema.org/draft/2020-12/schema',
  'draft-07': 'http://json-schema.org/draft-07/schema#',
  'openapi-3.0': '',
};

/** `{ $schema }` for a JSON Schema draft (as zod writes it), nothing for OpenAPI 3.0. */
function header(target: unknown): Schema {
  const dialect = typeof target === 'string' ? DIALECTS[target] : undefined;
  if (dialect === undefined || !Object.hasOwn(DIALECTS, target as string))
    throw new TypeError(schemaMessages.badTarget(target));
  return dialect ? { $schema: dialect } : {};
}

/** The JSON type of a value JSON can carry as it is, else undefined. */
function jsonType(value: unknown): string | undefined {
  if (value === null) return 'null';
  if (typeof value === 'string' || typeof value === 'boolean') return typeof value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    return Number.isInteger(value) ? 'integer' : 'number';
  }
  if (Array.isArray(value))
    return value.every((v) => jsonType(v) !== undefined) ? 'array' : undefined;
  if (isPlainObject(value))
    return Object.values(value).every((v) => jsonType(v) !== undefined) ? 'object' : undefined;
  return undefined;
}

/** The `type` keyword for these JSON types (one, a list, or for OpenAPI 3.0 `nullable`). */
function typeKeywords(types: Set<string>, target: unknown): Schema {
  if (types.has('number')) types.delete('integer');
  const openApi = target === 'openapi-3.0';
  const nullable = openApi && types.delete('null');
  const list = [...types];
  const out: Schema = {};
  if (list.length === 1) out.type = list[0];
  // OpenAPI 3.0 has no list of types: `enum` alone then says it all.
  else if (list.length > 1 && !openApi) out.type = list;
  if (nullable) out.nullable = true;
  return out;
}

/** `{ type, enum: [values] }`: the schema of an enum written as one of these values. */
export function valuesSchema(
  enumName: string,
  values: readonly unknown[],
  target: unknown,
): Schema {
  const out = header(target);
  const types = new Set<string>();
  for (const value of values) {
    const type = jsonType(value);
    if (type === undefined) throw new TypeError(schemaMessages.notJson(enumName, value));
    types.add(type);
  }
  return { ...out, ...typeKeywords(types, target), enum: values.slice() };
}

/**
 * A flag's values: the integers made of its bits (`STRICT`, `EJECT`: listed when its bits
 * are not `0..mask`), or any integer (`CONFORM` and `KEEP` accept every one).
 */
export function flagValuesSchema(mask: number, anyInteger: boolean, target: unknown): Schema {
  const out: Schema = { ...header(target), type: 'integer' };
  if (anyInteger) return out;
  const bits: number[] = [];
  for (let bit = 1; bit <= mask; bit *= 2) if (Math.floor(mask / bit) % 2 === 1) bits.push(bit);
  if (mask === 2 ** bits.length - 1 || bits.length > 10)
    return { ...out, minimum: 0, maximum: mask };
  // Every subset of the bits, in increasing order: 2 ** 10 values at most.
  const values = [0];
  for (const bit of bits) for (const v of values.slice()) values.push(v + bit);
  return { ...out, enum: values.sort((a, b) => a - b) };
}

/** A flag written by name: the list of its members' names (`[]` for no bits). */
export function flagNamesSchema(names: readonly string[], target: unknown): Schema {
  return {
    ...header(target),
    type: 'array',
    items: { type: 'string', enum: names.slice() },
    uniqueItems: true,
  };
}
