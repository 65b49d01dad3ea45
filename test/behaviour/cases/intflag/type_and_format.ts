// test_enum.py OldTestIntFlag.test_type / test_format (format -> template literal)
import { Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary } from 'tsenum';
import { out, r, raises, inspect } from 'case-helpers';
class Perm extends IntFlag {
  static readonly R = new Perm(1 << 2);
  static readonly W = new Perm(1 << 1);
  static readonly X = new Perm(1 << 0);
}
class Open extends IntFlag {
  static readonly RO = new Open(0);
  static readonly WO = new Open(1);
  static readonly RW = new Open(2);
  static readonly AC = new Open(3);
  static readonly CE = new Open(1 << 19);
}
class Color extends IntFlag {
  static readonly BLACK = new Color(0);
  static readonly RED = new Color(1);
  static readonly ROJO = new Color(1);
  static readonly GREEN = new Color(2);
  static readonly BLUE = new Color(4);
  static readonly PURPLE = new Color(1 | 4);
  static readonly WHITE = new Color(1 | 2 | 4);
  static readonly BLANCO = new Color(1 | 2 | 4);
}
out('f == f.value', Perm.members().map((f) => f == f.value), Open.members().map((f) => f == f.value));
out('isinstance W|X', Perm.W.or(Perm.X) instanceof Perm, Perm.W.or(Perm.X) == 3);
out('isinstance WO|RW', Open.WO.or(Open.RW) instanceof Open, Open.WO.or(Open.RW) == 3);
out('format R', String(Perm.R), `${Perm.R}`);
out('format R|X', String(Perm.R.or(Perm.X)), `${Perm.R.or(Perm.X)}`);
out('str R|X', String(Perm.R.or(Perm.X)));
out('repr R|X', Perm.R.or(Perm.X));
class NewPerm extends IntFlag {
  static readonly R = new NewPerm(1 << 2);
  static readonly W = new NewPerm(1 << 1);
  static readonly X = new NewPerm(1 << 0);
  toString(): string {
    return this.name;
  }
}
out('format NewPerm.R', `${NewPerm.R}`);
out('format NewPerm.R|X', `${NewPerm.R.or(NewPerm.X)}`);
