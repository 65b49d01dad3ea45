/**
 * The default `_generate_next_value_` of each kind, as CPython 3.13 defines it:
 * Enum/IntEnum the highest value so far + 1, StrEnum the lower-cased name, Flag/IntFlag the
 * next power of two above the highest bit.
 */
import { bitLength, isInteger } from './bits';
import { isFlagKind, type Kind } from './kinds';

export type NextValue =
  | { readonly value: unknown }
  | { readonly error: 'unsortable' }
  | { readonly error: 'unincrementable'; readonly last: unknown }
  | { readonly error: 'invalidFlag'; readonly last: unknown }
  | { readonly error: 'hook'; readonly cause: unknown };

export function defaultNextValue(
  kind: Kind,
  name: string,
  start: number | undefined,
  count: number,
  lastValues: readonly unknown[],
): NextValue {
  if (kind === 'str') return { value: name.toLowerCase() };
  if (isFlagKind(kind)) return nextFlagValue(start, count, lastValues);
  if (lastValues.length === 0) return { value: start ?? 1 };
  const last = pyMax(lastValues);
  if (last === UNSORTABLE) return { error: 'unsortable' };
  if (typeof last === 'number') return { value: last + 1 };
  return { error: 'unincrementable', last };
}

function nextFlagValue(
  start: number | undefined,
  count: number,
  lastValues: readonly unknown[],
): NextValue {
  if (count === 0) return { value: start ?? 1 };
  const last = pyMax(lastValues);
  if (!isInteger(last))
    return { error: 'invalidFlag', last: last === UNSORTABLE ? lastValues[0] : last };
  return { value: 2 ** bitLength(last) };
}

const UNSORTABLE: unique symbol = Symbol('unsortable');

/** `sorted(values).pop()`: the largest under Python's `<`, or UNSORTABLE when `<` fails. */
function pyMax(values: readonly unknown[]): unknown {
  let max = values[0];
  for (let i = 1; i < values.length; i++) {
    const less = pyLess(max, values[i]);
    if (less === undefined) return UNSORTABLE;
    if (less) max = values[i];
  }
  // A lone value is never compared, even one Python could not order (`sorted([None])`).
  if (values.length > 1 && pyLess(max, max) === undefined) return UNSORTABLE;
  return max;
}

/** Python's `a < b` for numbers, strings and tuples; undefined where Python raises TypeError. */
function pyLess(a: unknown, b: unknown): boolean | undefined {
  const ta = typeof a;
  const tb = typeof b;
  if (
    (ta === 'number' || ta === 'bigint' || ta === 'boolean') &&
    (tb === 'number' || tb === 'bigint' || tb === 'boolean')
  ) {
    return Number(a) < Number(b);
  }
  if (typeof a === 'string' && typeof b === 'string') return a < b;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      if (Object.is(a[i], b[i])) continue;
      const less = pyLess(a[i], b[i]);
      if (less === undefined) return undefined;
      if (less) return true;
      const greater = pyLess(b[i], a[i]);
      if (greater === undefined) return undefined;
      if (greater) return false;
    }
    return a.length < b.length;
  }
  return undefined;
}
