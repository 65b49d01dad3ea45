// test_enum.py OldTestIntFlag.test_or / test_and / test_xor / test_invert (int operands on
// the right only: `3 | Perm.R` is a plain number in JavaScript)
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
const range8 = [0, 1, 2, 3, 4, 5, 6, 7];
for (const i of Perm) {
  out('|', i, Perm.members().map((j) => i.or(j)), range8.map((j) => i.or(j)), range8.map((j) => i.or(j) == (i.value | j) && i.or(j) instanceof Perm));
}
out('i|i, i|0', Perm.members().map((i) => [i.or(i) === i, i.or(0) === i]));
out('RO|CE is CE', Open.RO.or(Open.CE) === Open.CE);
const RW = Perm.R.or(Perm.W);
const RX = Perm.R.or(Perm.X);
const WX = Perm.W.or(Perm.X);
const RWX = Perm.R.or(Perm.W, Perm.X);
const values = [...Perm, RW, RX, WX, RWX, Perm.of(0)];
for (const i of values) {
  out('&', i, values.map((j) => i.and(j)), range8.map((j) => i.and(j)), range8.map((j) => i.and(j) == (i.value & j) && i.and(j) instanceof Perm));
}
out('i&i, i&7', Perm.members().map((i) => [i.and(i) === i, i.and(7) === i]));
out('RO&CE is RO', Open.RO.and(Open.CE) === Open.RO);
for (const i of Perm) {
  out('^', i, Perm.members().map((j) => i.xor(j)), range8.map((j) => i.xor(j)));
}
out('i^0', Perm.members().map((i) => i.xor(0) === i));
out('RO^CE is CE', Open.RO.xor(Open.CE) === Open.CE);
out('CE^CE is RO', Open.CE.xor(Open.CE) === Open.RO);
for (const i of values) {
  out('~', i, i.not(), i.not().value, i.not() instanceof Perm, i.not().not() === i);
}
out('~~i is i', Perm.members().map((i) => i.not().not() === i));
out('WO & ~WO is RO', Open.WO.and(Open.WO.not()) === Open.RO);
out('(WO|CE) & ~WO is CE', Open.WO.or(Open.CE).and(Open.WO.not()) === Open.CE);
