// test_enum.py TestSpecial.test_reserved_sunder_error / test_no_members / test_empty_names /
// test_strenum (the failing StrEnums) / IntEnum's non-int values (CPython's int() error).
// Each definition is followed by a use: without the transformer a definition error comes no
// later than the first use (SPEC section 2).
import { Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary } from 'tsenum';
import { out, r, raises, inspect } from 'case-helpers';
raises('_bad_', () => {
  class Bad extends Enum {
    static readonly _bad_ = new Bad(1);
  }
  Bad.members();
});
raises('Enum(7)', () => Enum.of(7));
raises('Flag(7)', () => Flag.of(7));
for (const [label, nothing] of [["''", ''], ['[]', []], ['{}', {}]] as const) {
  const empty_enum = Enum.create('empty_enum', nothing);
  out(`empty ${label}`, empty_enum.size, [...empty_enum]);
  raises('empty_enum(0)', () => empty_enum.of(0));
}
raises('FirstFailedStrEnum', () => {
  class FirstFailedStrEnum extends StrEnum {
    static readonly one = new FirstFailedStrEnum(1);
    static readonly two = new FirstFailedStrEnum('2');
  }
  FirstFailedStrEnum.members();
});
raises('ThirdFailedStrEnum', () => {
  class ThirdFailedStrEnum extends StrEnum {
    static readonly one = new ThirdFailedStrEnum('1');
    static readonly two = new ThirdFailedStrEnum(2);
  }
  ThirdFailedStrEnum.members();
});
raises('IntEnum with a str value', () => {
  class NotInt extends IntEnum {
    static readonly one = new NotInt(1);
    static readonly two = new NotInt('two');
  }
  NotInt.members();
});
raises('IntFlag with a str value', () => {
  class NotIntFlag extends IntFlag {
    static readonly one = new NotIntFlag(1);
    static readonly two = new NotIntFlag('two');
  }
  NotIntFlag.members();
});
class GoodStrEnum extends StrEnum {
  static readonly one = new GoodStrEnum('1');
  static readonly two = new GoodStrEnum('2');
}
out('GoodStrEnum', GoodStrEnum.one == '1', String(GoodStrEnum.one), `${GoodStrEnum.one}`, inspect(GoodStrEnum.one));
