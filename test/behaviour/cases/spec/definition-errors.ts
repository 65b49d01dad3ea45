// SPEC section 9: every definition error is a RangeError or TypeError whose message follows
// CPython 3.13's wording WITH the enum's and the offending member's names in it.
import { Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary } from 'tsenum';
import { out, r, raises, mentions, inspect } from 'case-helpers';
mentions('reserved _sunder_', () => {
  class Bad extends Enum<number> {
    static readonly _bad_ = new Bad(1);
  }
  Bad.members();
}, 'Bad', '_bad_');
mentions('reserved JavaScript name', () => {
  class Shadow extends Enum<number> {
    static readonly OK = new Shadow(1);
    static readonly valueOf = new Shadow(2);
  }
  Shadow.members();
}, 'Shadow', 'valueOf');
mentions('@unique', () => {
  @unique
  class Mistake extends Enum<number> {
    static readonly ONE = new Mistake(1);
    static readonly TWO = new Mistake(2);
    static readonly THREE = new Mistake(3);
    static readonly FOUR = new Mistake(3);
  }
}, 'Mistake', 'FOUR', 'THREE');
mentions('verify(UNIQUE)', () => {
  @verify(UNIQUE)
  class Twice extends Enum<number> {
    static readonly A = new Twice(1);
    static readonly B = new Twice(1);
  }
}, 'Twice', 'B', 'A');
mentions('_order_', () => {
  class Ordered extends Enum<number> {
    static readonly _order_ = 'B A';
    static readonly A = new Ordered(1);
    static readonly B = new Ordered(2);
  }
  Ordered.members();
}, 'Ordered', '_order_');
mentions('StrEnum value', () => {
  class Words extends StrEnum {
    static readonly one = new Words(1 as any);
  }
  Words.members();
}, 'Words', 'one', 'not a string');
mentions('IntEnum value', () => {
  class Numbers extends IntEnum {
    static readonly one = new Numbers('one' as any);
  }
  Numbers.members();
}, 'Numbers', 'one');
mentions('IntEnum non-integer', () => {
  class Halves extends IntEnum {
    static readonly half = new Halves(0.5);
  }
  Halves.members();
}, 'Halves', 'half');
mentions('Flag value', () => {
  class Bits extends Flag {
    static readonly red = new Bits('not an int' as any);
  }
  Bits.members();
}, 'Bits', 'red');
mentions('auto() unable to increment', () => {
  class Garbage extends Enum<unknown> {
    static readonly red = new Garbage('red');
    static readonly blue = new Garbage();
  }
  Garbage.members();
}, 'Garbage', 'blue', 'unable to increment');
mentions('cannot extend', () => {
  class Base extends Enum<number> {
    static readonly A = new Base(1);
  }
  class More extends Base {
    static readonly B = new More(2);
  }
  More.members();
}, 'More', 'Base', 'cannot extend');
mentions('verify(CONTINUOUS)', () => {
  @verify(CONTINUOUS)
  class Gaps extends Enum<number> {
    static readonly A = new Gaps(1);
    static readonly C = new Gaps(3);
  }
}, 'Gaps', 'missing values 2');
mentions('verify(NAMED_FLAGS)', () => {
  @verify(NAMED_FLAGS)
  class Partial extends Flag {
    static readonly c = new Partial(4);
    static readonly d = new Partial(6);
  }
}, 'Partial', 'd');
mentions('of() on an enum with no members', () => {
  class Empty extends Enum<number> {}
  Empty.of(1);
}, 'Empty', 'has no members');
mentions('of() with no such value', () => {
  class Some extends Enum<number> {
    static readonly A = new Some(1);
  }
  Some.of(2);
}, 'Some', '2 is not a valid');
// SPEC section 8 (CPython's unique fails on the missing __members__, an AttributeError): the
// words of CPython's verify, never a silent pass.
raises('unique on a class that is not an enum', () => {
  class Plain {}
  return unique(Plain);
});
