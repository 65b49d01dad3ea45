/**
 * `unique` and `verify` (SPEC section 8): as a legacy decorator, a standard (TC39) class
 * decorator, or a plain call `unique(Color)`. A TC39 class decorator runs before the
 * statics exist, so the check is deferred to `addInitializer`, which runs after them.
 */
import { type Check, uniqueProblem, verifyProblem } from '../src/checks';
import { problemError } from '../src/problems';
import type { EnumCheck } from './enum-check';
import { finalState } from './lifecycle';
import { KIND } from './state';

type ClassDecoratorContext = {
  readonly kind: 'class';
  addInitializer(f: (this: unknown) => void): void;
};

function whenDefined<C extends Function>(
  which: 'unique' | 'verify',
  cls: C,
  context: unknown,
  check: (cls: C) => void,
): C {
  // CPython's verify: "the 'verify' decorator only works with Enum and Flag" (its unique fails
  // on the missing `__members__`); never a silent pass, nor a state put on a foreign class.
  if (typeof cls !== 'function' || !(KIND in cls))
    throw new TypeError(`the '${which}' decorator only works with Enum and Flag`);
  const standard = context as ClassDecoratorContext | undefined;
  if (standard && typeof standard === 'object' && standard.kind === 'class') {
    standard.addInitializer(() => check(cls));
  } else {
    check(cls);
  }
  return cls;
}

/**
 * Python's `@unique`: an alias is a RangeError.
 *
 * @example
 * @unique
 * class Color extends Enum<number> { static readonly RED = new Color(1); }
 * unique(Color);   // the call form, same check
 */
export function unique<C extends Function>(cls: C, context?: unknown): C {
  return whenDefined('unique', cls, context, (c) => {
    const found = uniqueProblem(finalState(c).table);
    if (found) throw problemError(found);
  });
}

/**
 * The checks `verify` takes, by value: `EnumCheck`'s members (enum-check.ts, not imported here,
 * so `unique` and `verify` bundle no StrEnum) are StrEnum members that stand for these strings.
 */
type CheckValue =
  | 'one name per value'
  | 'no skipped integer values'
  | 'multi-flag aliases may not contain unnamed flags';

const CHECKS: Readonly<Record<CheckValue, Check>> = {
  'one name per value': 'unique',
  'no skipped integer values': 'continuous',
  'multi-flag aliases may not contain unnamed flags': 'named_flags',
};

/**
 * Python's `@verify(UNIQUE, CONTINUOUS, NAMED_FLAGS)`.
 *
 * @example
 * @verify(UNIQUE, CONTINUOUS)
 * class Grade extends IntEnum { static readonly A = new Grade(1); static readonly B = new Grade(2); }
 */
export function verify(
  ...checks: (EnumCheck | CheckValue)[]
): <C extends Function>(cls: C, context?: unknown) => C {
  const wanted = checks.map((c) => {
    // A member's `value` is its string; the plain strings are accepted too.
    const key = (typeof c === 'string' ? c : (c as { value?: unknown })?.value) as CheckValue;
    const check = Object.hasOwn(CHECKS, key) ? CHECKS[key] : undefined;
    if (check === undefined)
      throw new TypeError(`verify takes UNIQUE, CONTINUOUS or NAMED_FLAGS, not ${String(c)}`);
    return check;
  });
  return (cls, context) =>
    whenDefined('verify', cls, context, (c) => {
      const found = verifyProblem(finalState(c).table, wanted);
      if (found) throw problemError(found);
    });
}
