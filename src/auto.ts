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
  return defaultNextValueOf(kind, name, start, count, runningMaxOf(lastValues));
}

/**
 * `defaultNextValue` given the running maximum of `lastValues` instead of the values: a
 * class body or table that keeps one per value added asks in constant time, not a pass
 * over every earlier value (1,000 `auto()` members were quadratic).
 */
export function defaultNextValueOf(
  kind: Kind,
  name: string,
  start: number | undefined,
  count: number,
  lastValues: RunningMax,
): NextValue {
  if (kind === 'str') return { value: name.toLowerCase() };
  if (isFlagKind(kind)) return nextFlagValue(start, count, lastValues);
  if (lastValues.count === 0) return { value: start ?? 1 };
  const last = lastValues.max();
  if (last === UNSORTABLE) return { error: 'unsortable' };
  if (typeof last === 'number') return { value: last + 1 };
  return { error: 'unincrementable', last };
}

function nextFlagValue(
  start: number | undefined,
  count: number,
  lastValues: RunningMax,
): NextValue {
  if (count === 0) return { value: start ?? 1 };
  const last = lastValues.max();
  if (!isInteger(last))
    return { error: 'invalidFlag', last: last === UNSORTABLE ? lastValues.first : last };
  return { value: 2 ** bitLength(last) };
}

const UNSORTABLE: unique symbol = Symbol('unsortable');

/**
 * `sorted(values).pop()` (the largest under Python's `<`, or UNSORTABLE when `<` fails) of
 * the values added so far, kept as they are added: the same left-to-right fold, one step per
 * value, so `max()` after each `add` is exactly what the fold over all of them gives.
 */
export class RunningMax {
  count = 0;
  first: unknown = undefined;
  private largest: unknown = undefined;
  private unsortable = false;

  add(value: unknown): void {
    if (this.count++ === 0) {
      this.first = value;
      this.largest = value;
    } else if (!this.unsortable) {
      const less = pyLess(this.largest, value);
      if (less === undefined) this.unsortable = true;
      else if (less) this.largest = value;
    }
  }

  /** A running maximum that goes on from this one's values, leaving this one as it is. */
  copy(): RunningMax {
    const copy = new RunningMax();
    copy.count = this.count;
    copy.first = this.first;
    copy.largest = this.largest;
    copy.unsortable = this.unsortable;
    return copy;
  }

  /** The largest value, or UNSORTABLE; `undefined` when none was added. */
  max(): unknown {
    if (this.unsortable) return UNSORTABLE;
    // A lone value is never compared, even one Python could not order (`sorted([None])`).
    if (this.count > 1 && pyLess(this.largest, this.largest) === undefined) return UNSORTABLE;
    return this.largest;
  }
}

function runningMaxOf(values: readonly unknown[]): RunningMax {
  const running = new RunningMax();
  for (let i = 0; i < values.length; i++) running.add(values[i]);
  return running;
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
