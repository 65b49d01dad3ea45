# test_enum.py OldTestIntFlag.test_type / test_format (format -> template literal)
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
out('f == f.value', [f == f.value for f in Perm], [f == f.value for f in Open])
out('isinstance W|X', isinstance(Perm.W | Perm.X, Perm), Perm.W | Perm.X == 3)
out('isinstance WO|RW', isinstance(Open.WO | Open.RW, Open), Open.WO | Open.RW == 3)
out('format R', format(Perm.R, ''), f'{Perm.R}')
out('format R|X', format(Perm.R | Perm.X, ''), f'{Perm.R | Perm.X}')
out('str R|X', str(Perm.R | Perm.X))
out('repr R|X', Perm.R | Perm.X)
class NewPerm(IntFlag):
    R = 1 << 2
    W = 1 << 1
    X = 1 << 0
    def __str__(self):
        return self._name_
out('format NewPerm.R', format(NewPerm.R, ''))
out('format NewPerm.R|X', format(NewPerm.R | NewPerm.X, ''))
