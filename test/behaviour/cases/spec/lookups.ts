// SPEC section 4: none of the lookups ever returns something that is not a member:
// C.get('__proto__'), C.get('constructor'), C.of('toString') are RangeErrors; tryOf/tryGet
// give undefined instead of throwing; has() is false.
import { Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary } from 'tsenum';
import { out, r, raises, mentions, inspect } from 'case-helpers';
class Color extends Enum<number> {
  static readonly RED = new Color(1);
  static readonly GREEN = new Color(2);
  static readonly SHADE_STEP = 0.5;
  describe(): string {
    return this.name;
  }
}
for (const name of ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'name', 'length', 'call', 'of', 'get', 'members', 'size', 'SHADE_STEP', 'describe', 'PURPLE', 'red']) {
  raises(`get(${name})`, () => Color.get(name as any));
  out(`tryGet(${name})`, Color.tryGet(name) === undefined, Color.has(name));
}
for (const value of ['toString', 'constructor', '__proto__', 'RED', 0.5, 3, '1', null, undefined, {}, []] as unknown[]) {
  raises(`of(${r(value)})`, () => Color.of(value as any));
  out(`tryOf(${r(value)})`, Color.tryOf(value) === undefined, Color.has(value));
}
out('tryOf(1), tryGet(GREEN)', Color.tryOf(1), Color.tryGet('GREEN'));
out('has(member), has(value)', Color.has(Color.RED), Color.has(2));
class WithMissing extends Enum<number> {
  static readonly ONE = new WithMissing(1);
  static _missing_(value: unknown) {
    return value === 'one' ? WithMissing.ONE : undefined;
  }
}
out('tryOf uses _missing_', WithMissing.tryOf('one'), WithMissing.tryOf('two'));
