// test_enum.py OldTestFlag.test_or / test_and / test_xor (| & ^ -> or() and() xor())
import { Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary } from 'tsenum';
import { out, r, raises, inspect } from 'case-helpers';
class Perm extends Flag {
  static readonly R = new Perm(4);
  static readonly W = new Perm(2);
  static readonly X = new Perm(1);
}
class Open extends Flag {
  static readonly RO = new Open(0);
  static readonly WO = new Open(1);
  static readonly RW = new Open(2);
  static readonly AC = new Open(3);
  static readonly CE = new Open(1 << 19);
}
class Color extends Flag {
  static readonly BLACK = new Color(0);
  static readonly RED = new Color(1);
  static readonly ROJO = new Color(1);
  static readonly GREEN = new Color(2);
  static readonly BLUE = new Color(4);
  static readonly PURPLE = new Color(1 | 4); // RED|BLUE: plain numbers inside the class body, as in Python
  static readonly WHITE = new Color(1 | 2 | 4);
  static readonly BLANCO = new Color(1 | 2 | 4);
}
for (const i of Perm) {
  for (const j of Perm) {
    out(`${i.name}|${j.name}`, i.or(j), i.or(j) === Perm.of(i.value | j.value), i.or(j).value === (i.value | j.value), i.or(j) instanceof Perm);
  }
}
out('i|i is i', Perm.members().map((i) => i.or(i) === i));
out('RO|CE is CE', Open.RO.or(Open.CE) === Open.CE);
const RW = Perm.R.or(Perm.W);
const RX = Perm.R.or(Perm.X);
const WX = Perm.W.or(Perm.X);
const RWX = Perm.R.or(Perm.W, Perm.X);
const values = [...Perm, RW, RX, WX, RWX, Perm.of(0)];
for (const i of values) {
  out('&', i, values.map((j) => i.and(j)));
  out('& values', values.map((j) => i.and(j).value === (i.value & j.value) && i.and(j) instanceof Perm));
}
out('i&i, i&RWX, RWX&i', Perm.members().map((i) => [i.and(i) === i, i.and(RWX) === i, RWX.and(i) === i]));
out('RO&CE is RO', Open.RO.and(Open.CE) === Open.RO);
for (const i of Perm) {
  out('^', i, Perm.members().map((j) => i.xor(j)), Perm.members().map((j) => i.xor(j).value === (i.value ^ j.value)));
}
out('i^0, 0^i', Perm.members().map((i) => [i.xor(Perm.of(0)) === i, Perm.of(0).xor(i) === i]));
out('RO^CE is CE', Open.RO.xor(Open.CE) === Open.CE);
out('CE^CE is RO', Open.CE.xor(Open.CE) === Open.RO);
