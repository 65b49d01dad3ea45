// test_enum.py OldTestFlag.test_boundary (boundary= -> static _boundary_)
import { Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary } from 'tsenum';
import { out, r, raises, inspect } from 'case-helpers';
out('Flag default is STRICT', Flag._boundary_ === FlagBoundary.STRICT);
class Iron extends Flag {
  static readonly _boundary_ = FlagBoundary.CONFORM;
  static readonly ONE = new Iron(1);
  static readonly TWO = new Iron(2);
  static readonly EIGHT = new Iron(8);
}
out('Iron CONFORM', Iron._boundary_ === FlagBoundary.CONFORM);
class Water extends Flag {
  static readonly _boundary_ = FlagBoundary.STRICT;
  static readonly ONE = new Water(1);
  static readonly TWO = new Water(2);
  static readonly EIGHT = new Water(8);
}
out('Water STRICT', Water._boundary_ === FlagBoundary.STRICT);
class Space extends Flag {
  static readonly _boundary_ = FlagBoundary.EJECT;
  static readonly ONE = new Space(1);
  static readonly TWO = new Space(2);
  static readonly EIGHT = new Space(8);
}
out('Space EJECT', Space._boundary_ === FlagBoundary.EJECT);
class Bizarre extends Flag {
  static readonly _boundary_ = FlagBoundary.KEEP;
  static readonly b = new Bizarre(3);
  static readonly c = new Bizarre(4);
  static readonly d = new Bizarre(6);
}
raises('Water(7)', () => Water.of(7));
out('Iron(7)', Iron.of(7), Iron.of(7) === Iron.ONE.or(Iron.TWO));
out('Iron(~9)', Iron.of(~9), Iron.of(~9) === Iron.TWO);
out('Space(7)', Space.of(7), typeof Space.of(7) === 'number');
out('list(Bizarre)', [...Bizarre]);
out('Bizarre(3)', Bizarre.of(3), Bizarre.of(3) === Bizarre.b);
out('Bizarre(6)', Bizarre.of(6), Bizarre.of(6) === Bizarre.d);
class SkipFlag extends Flag {
  static readonly A = new SkipFlag(1);
  static readonly B = new SkipFlag(2);
  static readonly C = new SkipFlag(4 | 2);
}
out('SkipFlag.C in A|C', SkipFlag.A.or(SkipFlag.C).has(SkipFlag.C));
raises('SkipFlag(42)', () => SkipFlag.of(42));
class SkipIntFlag extends IntFlag {
  static readonly A = new SkipIntFlag(1);
  static readonly B = new SkipIntFlag(2);
  static readonly C = new SkipIntFlag(4 | 2);
}
out('SkipIntFlag.C in A|C', SkipIntFlag.A.or(SkipIntFlag.C).has(SkipIntFlag.C));
out('SkipIntFlag(42).value', SkipIntFlag.of(42).value);
class MethodHint extends Flag {
  static readonly HiddenText = new MethodHint(0x10);
  static readonly DigitsOnly = new MethodHint(0x01);
  static readonly LettersOnly = new MethodHint(0x02);
  static readonly OnlyMask = new MethodHint(0x0f);
}
out('str(HiddenText|OnlyMask)', String(MethodHint.HiddenText.or(MethodHint.OnlyMask)));
