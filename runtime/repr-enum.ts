/**
 * Python's `ReprEnum` (SPEC section 7): a base whose members' `String()` is their value's own
 * text while their repr stays the enum's. IntEnum and StrEnum extend it; IntFlag extends Flag
 * (JavaScript has one base class), and `m instanceof ReprEnum` is true for IntEnum, StrEnum and
 * IntFlag members alike, as in Python. As in Python, an enum with members must not extend it
 * directly ("must be mixed with a data type": extend IntEnum or StrEnum).
 *
 * @example
 * HttpStatus.OK instanceof ReprEnum;   // true (an IntEnum member)
 * Perm.R instanceof ReprEnum;          // true for an IntFlag member, false for a Flag member
 */
import { isValueKind } from '../src/kinds';
import { Enum } from './enum';
import { FINISH, type FinalState, KIND, kindOf } from './state';

export class ReprEnum<V = unknown> extends Enum<V> {
  static override readonly [KIND]: string = 'enum';

  /** `instanceof ReprEnum` holds for every member whose str() is its value's (IntFlag too). */
  static [Symbol.hasInstance](this: Function, x: unknown): boolean {
    if (this !== ReprEnum) return Function.prototype[Symbol.hasInstance].call(this, x);
    if (typeof x !== 'object' || x === null || !(x instanceof Enum)) return false;
    return (
      Function.prototype[Symbol.hasInstance].call(ReprEnum, x) || isValueKind(kindOf(x.constructor))
    );
  }

  /** install's call: members of a class that extends ReprEnum itself are CPython's TypeError. */
  static [FINISH](this: Function, state: FinalState): void {
    let base = Object.getPrototypeOf(this);
    while (base && !Object.hasOwn(base, KIND)) base = Object.getPrototypeOf(base);
    if (base === ReprEnum && state.table.members.length) throw new TypeError(MIXIN);
  }
}

const MIXIN =
  'ReprEnum subclasses must be mixed with a data type (i.e. int, str, float, etc.): extend IntEnum or StrEnum';
