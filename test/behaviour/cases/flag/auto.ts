// test_enum.py OldTestFlag.test_number_reset_and_order_cleanup / test_auto_number /
// (test_auto_number_garbage: a str Flag value is a definition error in tsenum, see
// cases/spec/value-types)
import { Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary } from 'tsenum';
import { out, r, raises, inspect } from 'case-helpers';
class Confused extends Flag {
  static readonly _order_ = 'ONE TWO FOUR DOS EIGHT SIXTEEN';
  static readonly ONE = new Confused();
  static readonly TWO = new Confused();
  static readonly FOUR = new Confused();
  static readonly DOS = new Confused(2);
  static readonly EIGHT = new Confused();
  static readonly SIXTEEN = new Confused();
}
out('list(Confused)', [...Confused]);
out('TWO is DOS', Confused.TWO === Confused.DOS);
out('values', Confused.DOS.value, Confused.EIGHT.value, Confused.SIXTEEN.value);
class Color extends Flag {
  static readonly red = new Color(auto());
  static readonly blue = new Color(auto());
  static readonly green = new Color(auto());
}
out('list(Color)', [...Color]);
out('values', Color.red.value, Color.blue.value, Color.green.value);
