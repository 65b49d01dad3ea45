// SPEC section 6: JSON.stringify writes the value and C.of(parsed) reads it back; SPEC
// section 2: value equality is SameValueZero for primitives (every NaN is one value, 0 and -0
// are one), element by element for arrays, by key in any order for plain objects.
import { Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary } from 'tsenum';
import { out, r, raises, mentions, inspect } from 'case-helpers';
class Color extends Enum<number> {
  static readonly RED = new Color(1);
  static readonly GREEN = new Color(2);
}
class Perm extends Flag {
  static readonly R = new Perm(4);
  static readonly W = new Perm(2);
}
class Word extends StrEnum {
  static readonly HELLO = new Word('hello');
}
class Code extends IntEnum {
  static readonly OK = new Code(200);
}
out('JSON', JSON.stringify(Color.RED), JSON.stringify({ c: Color.GREEN, w: Word.HELLO, p: Perm.R.or(Perm.W), k: Code.OK }));
out('JSON list', JSON.stringify([...Color]));
out('round trip', Color.of(JSON.parse(JSON.stringify(Color.RED))) === Color.RED, Perm.of(JSON.parse(JSON.stringify(Perm.R.or(Perm.W)))) === Perm.R.or(Perm.W));
class Odd extends Enum<unknown> {
  static readonly NAN = new Odd(Number.NaN);
  static readonly ALSO_NAN = new Odd(0 / 0);
  static readonly ZERO = new Odd(0);
  static readonly MINUS_ZERO = new Odd(-0);
  static readonly PAIR = new Odd([1, [2, 3]]);
  static readonly SAME_PAIR = new Odd([1, [2, 3]]);
  static readonly OBJ = new Odd({ a: 1, b: [2] });
  static readonly SAME_OBJ = new Odd({ b: [2], a: 1 });
  static readonly ONE = new Odd(1);
  static readonly ONE_STR = new Odd('1');
  static readonly NULL = new Odd(null);
}
out('members', [...Odd]);
out('aliases', Odd.ALSO_NAN === Odd.NAN, Odd.MINUS_ZERO === Odd.ZERO, Odd.SAME_PAIR === Odd.PAIR, Odd.SAME_OBJ === Odd.OBJ, Odd.ONE_STR === Odd.ONE);
out('of', Odd.of(Number.NaN), Odd.of(-0), Odd.of([1, [2, 3]]), Odd.of({ b: [2], a: 1 }), Odd.of('1'), Odd.of(null));
out('tryOf near misses', Odd.tryOf([1, [2, 4]]), Odd.tryOf([1, 2, 3]), Odd.tryOf({ a: 1 }), Odd.tryOf({ a: 1, b: [2], c: 3 }), Odd.tryOf(undefined));
out('has', Odd.has(Number.NaN), Odd.has([1, [2, 3]]), Odd.has({ a: 1, b: [2] }), Odd.has([1]));
