/**
 * The slow half of `C.of(value)` (CPython's `Enum.__new__`): a member passed in, a
 * structural value, then `_missing_` (which for flags builds composites), then the error.
 */
import { isInteger } from '../src/bits';
import { isValueKind } from '../src/kinds';
import { lookupMessages } from '../src/problems';
import { valueKey } from '../src/values';
import { type FinalState, KIND, kindOf } from './state';

type WithMissing = Function & { _missing_?: (value: unknown) => unknown };

export function lookup(cls: Function, state: FinalState, value: unknown): unknown {
  const found = find(state, value);
  if (found !== undefined) return found;
  if (state.table.members.length === 0)
    throw new TypeError(lookupMessages.noMembers(state.kind, cls.name));
  // An error thrown by _missing_ propagates as it is, as in CPython.
  const result = (cls as WithMissing)._missing_?.(value);
  if (isMember(state, result)) return result;
  if (state.boundary === 'eject' && isInteger(result)) return result;
  if (result === undefined || result === null)
    throw new RangeError(lookupMessages.notValid(cls.name, value));
  throw new TypeError(lookupMessages.badMissing(cls.name, result));
}

/** `lookup`, with `undefined` for a value that has no member. Definition errors still throw. */
export function tryLookup(cls: Function, state: FinalState, value: unknown): unknown {
  const found = find(state, value);
  if (found !== undefined || state.table.members.length === 0) return found;
  try {
    return lookup(cls, state, value);
  } catch {
    return undefined;
  }
}

function find(state: FinalState, value: unknown): unknown {
  if (isMember(state, value)) return value;
  const standIn = state.standIns?.get(value as object);
  if (standIn !== undefined) return standIn;
  return state.byValue.get(valueKey(plainValue(value)));
}

/**
 * An IntEnum, IntFlag or StrEnum member of another class stands for its value, as in
 * Python where such a member is equal to its int or str.
 */
export function plainValue(x: unknown): unknown {
  if (
    typeof x !== 'object' ||
    x === null ||
    typeof x.constructor !== 'function' ||
    !(KIND in x.constructor)
  )
    return x;
  const kind = kindOf(x.constructor);
  return isValueKind(kind) ? (x as { value: unknown }).value : x;
}

/** A member of this class (a flag composite included). */
export function isMember(state: FinalState, x: unknown): boolean {
  if (typeof x !== 'object' || x === null || Object.getPrototypeOf(x) !== state.owner.prototype)
    return false;
  return state.byValue.get(valueKey((x as { value: unknown }).value)) === x;
}
