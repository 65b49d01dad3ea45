import { isPlainObject } from './repr';

/**
 * The key a member value is stored under in the value table. Python compares tuples and
 * dicts by value, so arrays and plain objects get a structural key; primitives are their
 * own key (a Map compares them with SameValueZero, so every NaN is one value).
 */
export function valueKey(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value) || isPlainObject(value)) return STRUCT_PREFIX + structKey(value);
  return value;
}

/** Marks structural keys so they cannot equal a plain string value by accident. */
const STRUCT_PREFIX = '\u0000tsenum:';

const identities = new WeakMap<object, number>();
let nextIdentity = 0;

function structKey(value: unknown): string {
  switch (typeof value) {
    case 'number':
      return Object.is(value, -0) ? 'n0' : `n${value}`;
    case 'string':
      return `s${JSON.stringify(value)}`;
    case 'bigint':
      return `i${value}`;
    case 'boolean':
      return `b${value}`;
    case 'undefined':
      return 'u';
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value)) return `[${value.map(structKey).join(',')}]`;
      if (isPlainObject(value)) {
        const keys = Object.keys(value).sort();
        return `{${keys.map((k) => `${JSON.stringify(k)}:${structKey(value[k])}`).join(',')}}`;
      }
      return `o${identityOf(value)}`;
    }
    default:
      return `o${identityOf(value as object)}`;
  }
}

function identityOf(object: object): number {
  let id = identities.get(object);
  if (id === undefined) {
    id = nextIdentity++;
    identities.set(object, id);
  }
  return id;
}

/** Arrays and plain objects used as values are frozen, all the way down. */
export function deepFreeze<T>(value: T): T {
  if (
    typeof value === 'object' &&
    value !== null &&
    (Array.isArray(value) || isPlainObject(value))
  ) {
    if (!Object.isFrozen(value)) {
      Object.freeze(value);
      for (const item of Object.values(value)) deepFreeze(item);
    }
  }
  return value;
}
