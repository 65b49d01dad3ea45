# test_enum.py OldTestIntFlag.test_iter / test_programatic_function_* / test_contains_tf /
# test_member_contains / test_member_iter / test_member_length / test_aliases / test_bool
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
out('list(Color)', list(Color))
out('list(Open)', list(Open))
Perm2 = IntFlag('Perm', 'R W X')
out('functional', list(Perm2), [p == v for p, v in zip(Perm2, [1, 2, 4])])
Perm3 = IntFlag('Perm', 'R W X', start=8)
out('functional start=8', list(Perm3))
Perm4 = IntFlag('Perm', (('R', 2), ('W', 8), ('X', 32)))
out('functional pairs', list(Perm4))
Perm5 = IntFlag('Perm', dict(R=2, W=8, X=32))
out('functional dict', list(Perm5))
Thing = IntFlag('Thing', [])
out('empty', list(Thing), len(Thing))
raises('Thing(0)', lambda: Thing(0), msg=lambda m: m.split(';')[0])
out('Color.BLACK in Open', Color.BLACK in Open)
out('Open.RO in Color', Open.RO in Color)
out("'BLACK' in Color", 'BLACK' in Color)
out('1 in Color, 1 in Open', 1 in Color, 1 in Open)
R, W, X = Perm
RWX = R | W | X
out('R in R|W', R in (R | W), R in RWX, R in (W | X))
out('list(BLACK) list(PURPLE)', list(Color.BLACK), list(Color.PURPLE), list(Color.WHITE))
out('len', len(Color.BLACK), len(Color.GREEN), len(Color.PURPLE), len(Color.BLANCO))
out('aliases', Color(1).name, Color['ROJO'].name, Color(7).name, Color['BLANCO'].name, Color.BLANCO is Color.WHITE)
out('reprs', [Color.BLACK, Color.PURPLE, Color.RED | Color.GREEN, Open.RO, Open.WO | Open.CE])
out('strs', [str(Color.BLACK), str(Color.PURPLE), str(Color.RED | Color.GREEN)])
