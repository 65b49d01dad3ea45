# test_enum.py TestSpecial.test_comparisons (an operator's TypeError: class only) and
# test_bool's plain part (members are always true)
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify
from enum import UNIQUE, CONTINUOUS, NAMED_FLAGS, STRICT, CONFORM, EJECT, KEEP, FlagBoundary
from _helpers import out, r, raises
class Season(Enum):
    SPRING = 1
    SUMMER = 2
    AUTUMN = 3
    WINTER = 4
raises('SPRING < WINTER', lambda: Season.SPRING < Season.WINTER, msg=False)
raises('SPRING > 4', lambda: Season.SPRING > 4, msg=False)
raises('SPRING <= SPRING', lambda: Season.SPRING <= Season.SPRING, msg=False)
out('SPRING == 1', Season.SPRING == 1)
out('SPRING != 1', Season.SPRING != 1)
class Part(Enum):
    SPRING = 1
    CLIP = 2
    BARREL = 3
out('Season.SPRING == Part.SPRING', Season.SPRING == Part.SPRING)
raises('SPRING < Part.CLIP', lambda: Season.SPRING < Part.CLIP, msg=False)
class Perm(Flag):
    R = 4
    W = 2
raises('Flag R < W', lambda: Perm.R < Perm.W, msg=False)
out('Flag R == 4', Perm.R == 4)
class Logic(Enum):
    true = True
    false = False
out('bool members', bool(Logic.true), bool(Logic.false))
out('Logic', list(Logic))
