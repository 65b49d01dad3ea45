# SPEC sections 1, 5 and 7: ReprEnum, EnumCheck, the FlagBoundary names, the class's repr
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, ReprEnum, EnumCheck, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary, STRICT, CONFORM, EJECT, KEEP, verify
from _helpers import out, raises
class Color(Enum):
    RED = 1
class Perm(Flag):
    R = 4
class Bits(IntFlag):
    A = 1
class Code(IntEnum):
    OK = 200
class Word(StrEnum):
    HI = 'hi'
out('repr of classes', repr(Color), repr(Perm), repr(Bits), repr(Code), repr(Word))
out('repr of bases', repr(Enum), repr(Flag), repr(IntFlag), repr(ReprEnum), repr(EnumCheck), repr(FlagBoundary))
out('ReprEnum', isinstance(Code.OK, ReprEnum), isinstance(Word.HI, ReprEnum), isinstance(Bits.A, ReprEnum), isinstance(Perm.R, ReprEnum), isinstance(Color.RED, ReprEnum))
out('IntEnum', isinstance(Bits.A, IntEnum), isinstance(Code.OK, IntEnum), isinstance(Code.OK, Enum))
def bare():
    class Bare(ReprEnum):
        A = 1
    return list(Bare)
raises('ReprEnum with members', bare)
out('EnumCheck', list(EnumCheck), UNIQUE is EnumCheck.UNIQUE, CONTINUOUS is EnumCheck.CONTINUOUS, NAMED_FLAGS is EnumCheck.NAMED_FLAGS)
out('str', str(UNIQUE), '%s' % NAMED_FLAGS, UNIQUE)
out('FlagBoundary', list(FlagBoundary), STRICT is FlagBoundary.STRICT, CONFORM is FlagBoundary.CONFORM, EJECT is FlagBoundary.EJECT, KEEP is FlagBoundary.KEEP)
def twice():
    @verify(UNIQUE)
    class Twice(Enum):
        A = 1
        B = 1
    return Twice.A
raises('verify(UNIQUE)', twice)
