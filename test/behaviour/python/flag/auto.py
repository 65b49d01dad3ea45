# test_enum.py OldTestFlag.test_number_reset_and_order_cleanup / test_auto_number /
# (test_auto_number_garbage: a str Flag value is a definition error in tsenum, see
# cases/spec/value-types)
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify
from enum import UNIQUE, CONTINUOUS, NAMED_FLAGS, STRICT, CONFORM, EJECT, KEEP, FlagBoundary
from _helpers import out, r, raises
class Confused(Flag):
    _order_ = 'ONE TWO FOUR DOS EIGHT SIXTEEN'
    ONE = auto()
    TWO = auto()
    FOUR = auto()
    DOS = 2
    EIGHT = auto()
    SIXTEEN = auto()
out('list(Confused)', list(Confused))
out('TWO is DOS', Confused.TWO is Confused.DOS)
out('values', Confused.DOS.value, Confused.EIGHT.value, Confused.SIXTEEN.value)
class Color(Flag):
    red = auto()
    blue = auto()
    green = auto()
out('list(Color)', list(Color))
out('values', Color.red.value, Color.blue.value, Color.green.value)
