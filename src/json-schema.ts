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
  if (typeof target !== 'string' || !Object.hasOwn(DIALECTS, target))
    throw new TypeError(schemaMessages.badTarget(target));
  return DIALECTS[target] ? { $schema: DIALECTS[target] } : {};
}

/** The JSON type of a value JSON carries as it is, else undefined. */
function jsonType(value: unknown): string | undefined {
  if (value === null) return 'null';
  const type = typeof value;
  if (type === 'string' || type === 'boolean') return type;
  if (type === 'number')
    return Number.isFinite(value) ? (Number.isInteger(value) ? 'integer' : 'number') : undefined;
  const kind = Array.isArray(value) ? 'array' : isPlainObject(value) ? 'object' : undefined;
  return kind && Object.values(value as object).every(jsonType) ? kind : undefined;
}

/**
 * `{ type, enum: [values] }`: the schema of an enum written as one of these values (`type`
 * a list for mixed values; OpenAPI 3.0 has no list, and says null with `nullable`).
 */
export function valuesSchema(enumName: string, values: unknown[], target: unknown): Schema {
  const out = header(target);
  const types = new Set<string>();
  for (const value of values) {
    const type = jsonType(value);
    if (type === undefined) throw new TypeError(schemaMessages.notJson(enumName, value));
    types.add(type);
  }
  if (types.has('number')) types.delete('integer');
  const openApi = target === 'openapi-3.0';
  if (openApi && types.delete('null')) out.nullable = true;
  const list = [...types];
  if (list.length === 1) out.type = list[0];
  else if (list.length > 1 && !openApi) out.type = list;
  out.enum = values;
  return out;
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
