// test_enum.py TestSpecial.test_contains_name_and_value_overlap /
// test_contains_different_types_same_members / test_intenum_transitivity (== between two
// IntEnum members compares their numbers; JavaScript's == on two objects is identity, so
// this compares +a === +b; `number` cannot name a TypeScript class: Number_)
import { Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary } from 'tsenum';
import { out, r, raises, inspect } from 'case-helpers';
class IntEnum1 extends IntEnum {
  static readonly X = new IntEnum1(1);
}
class IntEnum2 extends IntEnum {
  static readonly X = new IntEnum2(1);
}
class IntEnum3 extends IntEnum {
  static readonly X = new IntEnum3(2);
}
class IntEnum4 extends IntEnum {
  static readonly Y = new IntEnum4(1);
}
out('IntEnum1.X in 1 2 3 4', IntEnum1.has(IntEnum1.X), IntEnum2.has(IntEnum1.X), IntEnum3.has(IntEnum1.X), IntEnum4.has(IntEnum1.X));
class IntFlag1 extends IntFlag {
  static readonly X = new IntFlag1(1);
}
out('IntEnum1.X in IntFlag1', IntFlag1.has(IntEnum1.X));
out('IntFlag1.X in IntEnum1', IntEnum1.has(IntFlag1.X));
class Number_ extends IntEnum {
  static readonly one = new Number_(1);
  static readonly two = new Number_(2);
  static readonly three = new Number_(3);
}
class numero extends IntEnum {
  static readonly uno = new numero(1);
  static readonly dos = new numero(2);
  static readonly tres = new numero(3);
}
out('transitivity', +Number_.one === +numero.uno, +Number_.two === +numero.dos, +Number_.three === +numero.tres);
