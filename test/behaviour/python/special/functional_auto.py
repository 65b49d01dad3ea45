# auto() in the functional form, as test_enum.py _EnumTests.setUp (Function) uses it:
# K('MainEnum', dict(first=auto(), ...)) and pairs (('first', auto()),)
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify
from enum import UNIQUE, CONTINUOUS, NAMED_FLAGS, STRICT, CONFORM, EJECT, KEEP, FlagBoundary
from _helpers import out, r, raises
for K in (Enum, IntEnum, StrEnum, Flag, IntFlag):
    Main = K('Main', dict(first=auto(), second=auto(), third=auto()))
    out(K.__name__ + ' dict', list(Main))
    Pairs = K('Pairs', (('first', auto()), ('second', auto())))
    out(K.__name__ + ' pairs', list(Pairs))
Mixed = Enum('Mixed', dict(a=5, b=auto(), c=2, d=auto()))
out('mixed', list(Mixed))
