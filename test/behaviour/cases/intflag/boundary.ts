// test_enum.py OldTestIntFlag.test_boundary
import { Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary } from 'tsenum';
import { out, r, raises, inspect } from 'case-helpers';
out('IntFlag default is KEEP', IntFlag._boundary_ === FlagBoundary.KEEP);
class Iron extends IntFlag {
  static readonly _boundary_ = FlagBoundary.STRICT;
  static readonly ONE = new Iron(1);
  static readonly TWO = new Iron(2);
  static readonly EIGHT = new Iron(8);
}
class Water extends IntFlag {
  static readonly _boundary_ = FlagBoundary.CONFORM;
  static readonly ONE = new Water(1);
  static readonly TWO = new Water(2);
  static readonly EIGHT = new Water(8);
}
class Space extends IntFlag {
  static readonly _boundary_ = FlagBoundary.EJECT;
  static readonly ONE = new Space(1);
  static readonly TWO = new Space(2);
  static readonly EIGHT = new Space(8);
}
class Bizarre extends IntFlag {
  static readonly _boundary_ = FlagBoundary.KEEP;
  static readonly b = new Bizarre(3);
  static readonly c = new Bizarre(4);
  static readonly d = new Bizarre(6);
}
out('boundaries', Iron._boundary_ === FlagBoundary.STRICT, Water._boundary_ === FlagBoundary.CONFORM, Space._boundary_ === FlagBoundary.EJECT);
raises('Iron(5)', () => Iron.of(5));
out('Water(7)', Water.of(7), Water.of(7) === Water.ONE.or(Water.TWO));
out('Water(~9)', Water.of(~9), Water.of(~9) === Water.TWO);
out('Space(7)', Space.of(7), typeof Space.of(7) === 'number');
out('list(Bizarre)', [...Bizarre]);
out('Bizarre(3)', Bizarre.of(3), Bizarre.of(3) === Bizarre.b);
out('Bizarre(6)', Bizarre.of(6), Bizarre.of(6) === Bizarre.d);
class Keep extends IntFlag {
  static readonly R = new Keep(4);
  static readonly W = new Keep(2);
  static readonly X = new Keep(1);
}
out('Keep(12)', Keep.of(12), String(Keep.of(12)));
out('Keep(8)', Keep.of(8));
out('Keep(255)', Keep.of(255));
