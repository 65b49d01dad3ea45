# test_enum.py TestUnique (decorator and call form; `name = 3` members are reserved in
# TypeScript: see spec/reserved-names)
# (TestUnique.test_unique_clean, TestUnique.test_unique_dirty)
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify
from enum import UNIQUE, CONTINUOUS, NAMED_FLAGS, STRICT, CONFORM, EJECT, KEEP, FlagBoundary
from _helpers import out, r, raises
def clean():
    @unique
    class Clean(Enum):
        one = 1
        two = 'dos'
        tres = 4.5
    @unique
    class Cleaner(IntEnum):
        single = 1
        double = 2
        triple = 3
    return [list(Clean), list(Cleaner)]
raises('unique clean', clean)
def dirty():
    @unique
    class Dirty(Enum):
        one = 1
        two = 'dos'
        tres = 1
raises('unique dirty', dirty)
def dirtier():
    @unique
    class Dirtier(IntEnum):
        single = 1
        double = 1
        triple = 3
        turkey = 3
raises('unique dirtier', dirtier)
class Mistake(Enum):
    ONE = 1
    TWO = 2
    THREE = 3
    FOUR = 3
raises('unique(Mistake)', lambda: unique(Mistake) and None)
