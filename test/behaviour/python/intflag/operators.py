# test_enum.py OldTestIntFlag.test_or / test_and / test_xor / test_invert (int operands on
# the right only: `3 | Perm.R` is a plain number in JavaScript)
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify
from enum import UNIQUE, CONTINUOUS, NAMED_FLAGS, STRICT, CONFORM, EJECT, KEEP, FlagBoundary
from _helpers import out, r, raises
class Perm(IntFlag):
    R = 1 << 2
    W = 1 << 1
    X = 1 << 0


class Open(IntFlag):
    RO = 0
    WO = 1
    RW = 2
    AC = 3
    CE = 1<<19


class Color(IntFlag):
    BLACK = 0
    RED = 1
    ROJO = 1
    GREEN = 2
    BLUE = 4
    PURPLE = RED|BLUE
    WHITE = RED|GREEN|BLUE
    BLANCO = RED|GREEN|BLUE
for i in Perm:
    out('|', i, [i | j for j in Perm], [i | j for j in range(8)], [(i | j) == i.value | j and type(i | j) is Perm for j in range(8)])
out('i|i, i|0', [(i | i is i, i | 0 is i) for i in Perm])
out('RO|CE is CE', Open.RO | Open.CE is Open.CE)
RW = Perm.R | Perm.W
RX = Perm.R | Perm.X
WX = Perm.W | Perm.X
RWX = Perm.R | Perm.W | Perm.X
values = list(Perm) + [RW, RX, WX, RWX, Perm(0)]
for i in values:
    out('&', i, [i & j for j in values], [i & j for j in range(8)], [(i & j) == i.value & j and type(i & j) is Perm for j in range(8)])
out('i&i, i&7', [(i & i is i, i & 7 is i) for i in Perm])
out('RO&CE is RO', Open.RO & Open.CE is Open.RO)
for i in Perm:
    out('^', i, [i ^ j for j in Perm], [i ^ j for j in range(8)])
out('i^0', [i ^ 0 is i for i in Perm])
out('RO^CE is CE', Open.RO ^ Open.CE is Open.CE)
out('CE^CE is RO', Open.CE ^ Open.CE is Open.RO)
for i in values:
    out('~', i, ~i, (~i).value, type(~i) is Perm, ~~i == i)
out('~~i is i', [~~i is i for i in Perm])
out('WO & ~WO is RO', Open.WO & ~Open.WO is Open.RO)
out('(WO|CE) & ~WO is CE', (Open.WO|Open.CE) & ~Open.WO is Open.CE)
