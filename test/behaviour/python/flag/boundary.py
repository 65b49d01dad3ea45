# test_enum.py OldTestFlag.test_boundary (boundary= -> static _boundary_)
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify
from enum import UNIQUE, CONTINUOUS, NAMED_FLAGS, STRICT, CONFORM, EJECT, KEEP, FlagBoundary
from _helpers import out, r, raises
out('Flag default is STRICT', Flag._boundary_ is STRICT)
class Iron(Flag, boundary=CONFORM):
    ONE = 1
    TWO = 2
    EIGHT = 8
out('Iron CONFORM', Iron._boundary_ is CONFORM)
class Water(Flag, boundary=STRICT):
    ONE = 1
    TWO = 2
    EIGHT = 8
out('Water STRICT', Water._boundary_ is STRICT)
class Space(Flag, boundary=EJECT):
    ONE = 1
    TWO = 2
    EIGHT = 8
out('Space EJECT', Space._boundary_ is EJECT)
class Bizarre(Flag, boundary=KEEP):
    b = 3
    c = 4
    d = 6
raises('Water(7)', lambda: Water(7))
out('Iron(7)', Iron(7), Iron(7) is Iron.ONE|Iron.TWO)
out('Iron(~9)', Iron(~9), Iron(~9) is Iron.TWO)
out('Space(7)', Space(7), type(Space(7)) is int)
out('list(Bizarre)', list(Bizarre))
out('Bizarre(3)', Bizarre(3), Bizarre(3) is Bizarre.b)
out('Bizarre(6)', Bizarre(6), Bizarre(6) is Bizarre.d)
class SkipFlag(enum.Flag):
    A = 1
    B = 2
    C = 4 | B
out('SkipFlag.C in A|C', SkipFlag.C in (SkipFlag.A|SkipFlag.C))
raises('SkipFlag(42)', lambda: SkipFlag(42))
class SkipIntFlag(enum.IntFlag):
    A = 1
    B = 2
    C = 4 | B
out('SkipIntFlag.C in A|C', SkipIntFlag.C in (SkipIntFlag.A|SkipIntFlag.C))
out('SkipIntFlag(42).value', SkipIntFlag(42).value)
class MethodHint(Flag):
    HiddenText = 0x10
    DigitsOnly = 0x01
    LettersOnly = 0x02
    OnlyMask = 0x0f
out('str(HiddenText|OnlyMask)', str(MethodHint.HiddenText|MethodHint.OnlyMask))
