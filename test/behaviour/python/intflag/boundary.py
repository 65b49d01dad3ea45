# test_enum.py OldTestIntFlag.test_boundary
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify
from enum import UNIQUE, CONTINUOUS, NAMED_FLAGS, STRICT, CONFORM, EJECT, KEEP, FlagBoundary
from _helpers import out, r, raises
out('IntFlag default is KEEP', IntFlag._boundary_ is KEEP)
class Iron(IntFlag, boundary=STRICT):
    ONE = 1
    TWO = 2
    EIGHT = 8
class Water(IntFlag, boundary=CONFORM):
    ONE = 1
    TWO = 2
    EIGHT = 8
class Space(IntFlag, boundary=EJECT):
    ONE = 1
    TWO = 2
    EIGHT = 8
class Bizarre(IntFlag, boundary=KEEP):
    b = 3
    c = 4
    d = 6
out('boundaries', Iron._boundary_ is STRICT, Water._boundary_ is CONFORM, Space._boundary_ is EJECT)
raises('Iron(5)', lambda: Iron(5))
out('Water(7)', Water(7), Water(7) is Water.ONE|Water.TWO)
out('Water(~9)', Water(~9), Water(~9) is Water.TWO)
out('Space(7)', Space(7), type(Space(7)) is int)
out('list(Bizarre)', list(Bizarre))
out('Bizarre(3)', Bizarre(3), Bizarre(3) is Bizarre.b)
out('Bizarre(6)', Bizarre(6), Bizarre(6) is Bizarre.d)
class Keep(IntFlag):
    R = 4
    W = 2
    X = 1
out('Keep(12)', Keep(12), str(Keep(12)))
out('Keep(8)', Keep(8))
out('Keep(255)', Keep(255))
