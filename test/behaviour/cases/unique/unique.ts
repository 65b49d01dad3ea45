// test_enum.py TestUnique (decorator and call form; `name = 3` members are reserved in
// TypeScript: see spec/reserved-names)
// (TestUnique.test_unique_clean, TestUnique.test_unique_dirty)
import { Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary } from 'tsenum';
import { out, r, raises, inspect } from 'case-helpers';
raises('unique clean', () => {
  @unique
  class Clean extends Enum {
    static readonly one = new Clean(1);
    static readonly two = new Clean('dos');
    static readonly tres = new Clean(4.5);
  }
  @unique
  class Cleaner extends IntEnum {
    static readonly single = new Cleaner(1);
    static readonly double = new Cleaner(2);
    static readonly triple = new Cleaner(3);
  }
  return [[...Clean], [...Cleaner]];
});
raises('unique dirty', () => {
  @unique
  class Dirty extends Enum {
    static readonly one = new Dirty(1);
    static readonly two = new Dirty('dos');
    static readonly tres = new Dirty(1);
  }
});
raises('unique dirtier', () => {
  @unique
  class Dirtier extends IntEnum {
    static readonly single = new Dirtier(1);
    static readonly double = new Dirtier(1);
    static readonly triple = new Dirtier(3);
    static readonly turkey = new Dirtier(3);
  }
});
class Mistake extends Enum {
  static readonly ONE = new Mistake(1);
  static readonly TWO = new Mistake(2);
  static readonly THREE = new Mistake(3);
  static readonly FOUR = new Mistake(3);
}
raises('unique(Mistake)', () => {
  unique(Mistake);
});
