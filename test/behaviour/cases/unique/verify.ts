// test_enum.py TestVerify: test_continuous, test_composite, test_negative_alias
// (TestVerify.test_unique_dirty)
import { Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary, showFlagValues } from 'tsenum';
import { out, r, raises, inspect } from 'case-helpers';
raises('continuous', () => {
  @verify(CONTINUOUS)
  class Auto extends Enum {
    static readonly FIRST = new Auto();
    static readonly SECOND = new Auto();
    static readonly THIRD = new Auto();
    static readonly FORTH = new Auto();
  }
  @verify(CONTINUOUS)
  class Manual extends Enum {
    static readonly FIRST = new Manual(3);
    static readonly SECOND = new Manual(4);
    static readonly THIRD = new Manual(5);
    static readonly FORTH = new Manual(6);
  }
  return [[...Auto], [...Manual]];
});
raises('continuous Missing', () => {
  @verify(CONTINUOUS)
  class Missing extends Enum {
    static readonly FIRST = new Missing(3);
    static readonly SECOND = new Missing(4);
    static readonly THIRD = new Missing(11);
    static readonly FORTH = new Missing(13);
  }
});
raises('continuous Incomplete', () => {
  @verify(CONTINUOUS)
  class Incomplete extends Flag {
    static readonly FIRST = new Incomplete(4);
    static readonly SECOND = new Incomplete(8);
    static readonly THIRD = new Incomplete(16);
    static readonly FORTH = new Incomplete(64);
  }
});
raises('continuous StillIncomplete', () => {
  @verify(CONTINUOUS)
  class StillIncomplete extends Flag {
    static readonly FIRST = new StillIncomplete(4);
    static readonly SECOND = new StillIncomplete(8);
    static readonly THIRD = new StillIncomplete(11);
    static readonly FORTH = new StillIncomplete(32);
  }
});
class Bizarre extends Flag {
  static readonly b = new Bizarre(3);
  static readonly c = new Bizarre(4);
  static readonly d = new Bizarre(6);
}
out('Bizarre', [...Bizarre], Bizarre.b.value, Bizarre.c.value, Bizarre.d.value);
raises('named flags Bizarre', () => {
  @verify(NAMED_FLAGS)
  class Bizarre extends Flag {
    static readonly b = new Bizarre(3);
    static readonly c = new Bizarre(4);
    static readonly d = new Bizarre(6);
  }
});
out('show_flag_values', showFlagValues(3), showFlagValues(2));
class IntBizarre extends IntFlag {
  static readonly b = new IntBizarre(3);
  static readonly c = new IntBizarre(4);
  static readonly d = new IntBizarre(6);
}
out('IntFlag Bizarre', [...IntBizarre], IntBizarre.b.value, IntBizarre.c.value, IntBizarre.d.value);
raises('named flags IntFlag Bizarre', () => {
  @verify(NAMED_FLAGS)
  class Bizarre extends IntFlag {
    static readonly c = new Bizarre(4);
    static readonly d = new Bizarre(6);
  }
});
raises('verify(UNIQUE) clean', () => {
  @verify(UNIQUE)
  class Clean extends Enum {
    static readonly one = new Clean(1);
    static readonly two = new Clean('dos');
    static readonly tres = new Clean(4.5);
  }
  return [...Clean];
});
raises('verify(UNIQUE) dirty', () => {
  @verify(UNIQUE)
  class Dirty extends Enum {
    static readonly one = new Dirty(1);
    static readonly two = new Dirty('dos');
    static readonly tres = new Dirty(1);
  }
});
raises('verify(UNIQUE) dirtier', () => {
  @verify(UNIQUE)
  class Dirtier extends IntEnum {
    static readonly single = new Dirtier(1);
    static readonly double = new Dirtier(1);
    static readonly triple = new Dirtier(3);
    static readonly turkey = new Dirtier(3);
  }
});
raises('negative alias', () => {
  @verify(NAMED_FLAGS)
  class Color extends Flag {
    static readonly RED = new Color(1);
    static readonly GREEN = new Color(2);
    static readonly BLUE = new Color(4);
    static readonly WHITE = new Color(-1);
  }
  return [[...Color], Color.WHITE];
});
raises('verify(UNIQUE, CONTINUOUS)', () => {
  @verify(UNIQUE, CONTINUOUS)
  class Both extends Enum {
    static readonly A = new Both(1);
    static readonly B = new Both(2);
    static readonly C = new Both(4);
  }
});
class Later extends Enum {
  static readonly A = new Later(1);
  static readonly B = new Later(1);
}
raises('verify(UNIQUE)(Later)', () => {
  verify(UNIQUE)(Later);
});
