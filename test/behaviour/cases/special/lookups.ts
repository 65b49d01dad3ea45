// test_enum.py TestSpecial.test_getattr_getitem / test_iteration_order /
// test_no_such_enum_member / test_default_missing_no_chained_exception /
// test_wrong_enum_in_call / test_wrong_enum_in_mixed_call / test_mixed_enum_in_call_1 /
// test_mixed_enum_in_call_2 /
// test_second_tuple_item_is_falsey (tuples -> arrays, equal element by element: SPEC section 2)
import { Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary } from 'tsenum';
import { out, r, raises, inspect } from 'case-helpers';
class Period extends Enum {
  static readonly morning = new Period(1);
  static readonly noon = new Period(2);
  static readonly evening = new Period(3);
  static readonly night = new Period(4);
}
out('Period(2) is noon', Period.of(2) === Period.noon);
out('getattr night', (Period as any)['night'] === Period.night);
out("Period['morning']", Period.get('morning') === Period.morning);
class Season extends Enum {
  static readonly SUMMER = new Season(2);
  static readonly WINTER = new Season(4);
  static readonly AUTUMN = new Season(3);
  static readonly SPRING = new Season(1);
}
out('iteration order', [...Season]);
class Color extends Enum {
  static readonly red = new Color(1);
  static readonly green = new Color(2);
  static readonly blue = new Color(3);
}
raises('Color(4)', () => Color.of(4));
raises("Color['chartreuse']", () => Color.get('chartreuse'));
raises('Color(7)', () => Color.of(7));
raises("Color('1')", () => Color.of('1'));
raises('Color(None)', () => Color.of(null));
class Monochrome extends Enum {
  static readonly black = new Monochrome(0);
  static readonly white = new Monochrome(1);
}
class Gender extends Enum {
  static readonly male = new Gender(0);
  static readonly female = new Gender(1);
}
raises('Monochrome(Gender.male)', () => Monochrome.of(Gender.male));
class IntMonochrome extends IntEnum {
  static readonly black = new IntMonochrome(0);
  static readonly white = new IntMonochrome(1);
}
raises('IntMonochrome(Gender.male)', () => IntMonochrome.of(Gender.male));
class IntGender extends IntEnum {
  static readonly male = new IntGender(0);
  static readonly female = new IntGender(1);
}
raises('IntMonochrome(IntGender.female)', () => IntMonochrome.of(IntGender.female));
raises('Monochrome(IntGender.male)', () => Monochrome.of(IntGender.male));
class Cardinal extends Enum {
  static readonly RIGHT = new Cardinal([1, 0]);
  static readonly UP = new Cardinal([0, 1]);
  static readonly LEFT = new Cardinal([-1, 0]);
  static readonly DOWN = new Cardinal([0, -1]);
}
out('Cardinal((1, 0))', Cardinal.of([1, 0]), Cardinal.of([1, 0]) === Cardinal.RIGHT);
out('Cardinal((-1, 0))', Cardinal.of([-1, 0]) === Cardinal.LEFT);
out('Cardinal values', Cardinal.members().map((m) => m.value));
