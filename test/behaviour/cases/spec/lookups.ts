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
// Not even when someone has polluted Object.prototype with an index: the value table's
// empty slots are its own, never read through the prototype chain.
class Sparse extends Enum<number> {
  static readonly ONE = new Sparse(1);
  static readonly FOUR = new Sparse(4);
}
class Bits extends Flag {
  static readonly A = new Bits(1);
  static readonly C = new Bits(4);
}
(Object.prototype as any)[2] = Sparse.FOUR;
try {
  raises('of(2) with Object.prototype[2] set', () => Sparse.of(2));
  out('tryOf(2), has(2) with Object.prototype[2] set', Sparse.tryOf(2), Sparse.has(2));
  raises('Flag of(2) with Object.prototype[2] set', () => Bits.of(2));
  out('Flag or/of with Object.prototype[2] set', Bits.A.or(Bits.C), Bits.of(5) === Bits.A.or(Bits.C));
} finally {
  delete (Object.prototype as any)[2];
}
// IntFlag keeps bits it has no member for (KEEP): those values lie past the dense table.
class Kept extends IntFlag {
  static readonly A = new Kept(1);
  static readonly B = new Kept(2);
}
const eight = Kept.of(8);
out('kept', eight, eight.or(Kept.A), Kept.A.or(eight), eight.or(Kept.A) === Kept.of(9));
(Object.prototype as any)[9] = Kept.B;
(Object.prototype as any)[10] = Kept.B;
try {
  out('kept with Object.prototype[9], [10] set', eight.or(Kept.A), eight.xor(Kept.B), Kept.of(10) === eight.or(Kept.B));
} finally {
  delete (Object.prototype as any)[9];
  delete (Object.prototype as any)[10];
}
