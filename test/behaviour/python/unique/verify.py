# test_enum.py TestVerify: test_continuous, test_composite, test_negative_alias
# (TestVerify.test_unique_dirty)
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify
from enum import UNIQUE, CONTINUOUS, NAMED_FLAGS, STRICT, CONFORM, EJECT, KEEP, FlagBoundary
from _helpers import out, r, raises
def continuous():
    @verify(CONTINUOUS)
    class Auto(Enum):
        FIRST = auto()
        SECOND = auto()
        THIRD = auto()
        FORTH = auto()
    @verify(CONTINUOUS)
    class Manual(Enum):
        FIRST = 3
        SECOND = 4
        THIRD = 5
        FORTH = 6
    return [list(Auto), list(Manual)]
raises('continuous', continuous)
def missing():
    @verify(CONTINUOUS)
    class Missing(Enum):
        FIRST = 3
        SECOND = 4
        THIRD = 11
        FORTH = 13
raises('continuous Missing', missing)
def incomplete():
    @verify(CONTINUOUS)
    class Incomplete(Flag):
        FIRST = 4
        SECOND = 8
        THIRD = 16
        FORTH = 64
raises('continuous Incomplete', incomplete)
def still_incomplete():
    @verify(CONTINUOUS)
    class StillIncomplete(Flag):
        FIRST = 4
        SECOND = 8
        THIRD = 11
        FORTH = 32
raises('continuous StillIncomplete', still_incomplete)
class Bizarre(Flag):
    b = 3
    c = 4
    d = 6
out('Bizarre', list(Bizarre), Bizarre.b.value, Bizarre.c.value, Bizarre.d.value)
def named_flags():
    @verify(NAMED_FLAGS)
    class Bizarre(Flag):
        b = 3
        c = 4
        d = 6
raises('named flags Bizarre', named_flags)
out('show_flag_values', enum.show_flag_values(3), enum.show_flag_values(2))
class IntBizarre(IntFlag):
    b = 3
    c = 4
    d = 6
out('IntFlag Bizarre', list(IntBizarre), IntBizarre.b.value, IntBizarre.c.value, IntBizarre.d.value)
def named_flags_int():
    @verify(NAMED_FLAGS)
    class Bizarre(IntFlag):
        c = 4
        d = 6
raises('named flags IntFlag Bizarre', named_flags_int)
def unique_clean():
    @verify(UNIQUE)
    class Clean(Enum):
        one = 1
        two = 'dos'
        tres = 4.5
    return list(Clean)
raises('verify(UNIQUE) clean', unique_clean)
def unique_dirty():
    @verify(UNIQUE)
    class Dirty(Enum):
        one = 1
        two = 'dos'
        tres = 1
raises('verify(UNIQUE) dirty', unique_dirty)
def unique_dirtier():
    @verify(UNIQUE)
    class Dirtier(IntEnum):
        single = 1
        double = 1
        triple = 3
        turkey = 3
raises('verify(UNIQUE) dirtier', unique_dirtier)
def negative_alias():
    @verify(NAMED_FLAGS)
    class Color(Flag):
        RED = 1
        GREEN = 2
        BLUE = 4
        WHITE = -1
    return [list(Color), Color.WHITE]
raises('negative alias', negative_alias)
def both():
    @verify(UNIQUE, CONTINUOUS)
    class Both(Enum):
        A = 1
        B = 2
        C = 4
raises('verify(UNIQUE, CONTINUOUS)', both)
class Later(Enum):
    A = 1
    B = 1
raises('verify(UNIQUE)(Later)', lambda: verify(UNIQUE)(Later) and None)
