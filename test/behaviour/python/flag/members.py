# test_enum.py OldTestFlag.test_iter / test_contains_tf / test_member_contains /
# test_member_iter / test_member_length / test_aliases / test_bool (bool -> !isEmpty())
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify
from enum import UNIQUE, CONTINUOUS, NAMED_FLAGS, STRICT, CONFORM, EJECT, KEEP, FlagBoundary
from _helpers import out, r, raises
from flag._classes import Perm, Open, Color
out('list(Color)', list(Color))
out('list(Open)', list(Open))
out('__members__ Color', list(Color.__members__))
out('Color.BLACK in Open', Color.BLACK in Open)
out('Open.RO in Color', Open.RO in Color)
out("'BLACK' in Color", 'BLACK' in Color)
out("'RO' in Open", 'RO' in Open)
out('Color.BLACK in Color', Color.BLACK in Color)
out('Open.RO in Open', Open.RO in Open)
out('1 in Color', 1 in Color)
out('1 in Open', 1 in Open)
R, W, X = Perm
RW = R | W
RX = R | X
WX = W | X
RWX = R | W | X
out('R in RW, RX, RWX', R in RW, R in RX, R in RWX)
out('W in RW, WX, RWX', W in RW, W in WX, W in RWX)
out('X in RX, WX, RWX', X in RX, X in WX, X in RWX)
out('R in WX, W in RX, X in RW', R in WX, W in RX, X in RW)
out('list(BLACK)', list(Color.BLACK))
out('list(PURPLE)', list(Color.PURPLE))
out('list(BLUE)', list(Color.BLUE))
out('list(GREEN)', list(Color.GREEN))
out('list(WHITE)', list(Color.WHITE))
out('len BLACK GREEN PURPLE BLANCO', len(Color.BLACK), len(Color.GREEN), len(Color.PURPLE), len(Color.BLANCO))
out('Color(1).name', Color(1).name)
out("Color['ROJO'].name", Color['ROJO'].name)
out('Color(7).name', Color(7).name)
out("Color['BLANCO'].name", Color['BLANCO'].name)
out('BLANCO is WHITE', Color.BLANCO is Color.WHITE)
out("Open['AC'] is AC", Open['AC'] is Open.AC)
out('reprs', [Color.BLACK, Color.PURPLE, Color.WHITE, Color.RED | Color.GREEN, Open.RO, Open.AC, Open.WO | Open.CE])
out('strs', [str(Color.BLACK), str(Color.PURPLE), str(Color.RED | Color.GREEN), str(Open.WO | Open.CE)])
out('bool Perm', [bool(f) for f in Perm])
out('bool Open', [bool(f) for f in Open], [bool(f.value) == bool(f) for f in Open])
out('bool Perm(0)', bool(Perm(0)), bool(Perm.R & Perm.W))
