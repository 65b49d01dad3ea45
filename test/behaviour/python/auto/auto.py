# test_enum.py TestInternals: test_auto_number, test_auto_name, test_auto_name_inherit,
# test_auto_garbage_fail, test_auto_garbage_corrected_fail, test_auto_with_aliases,
# (test_auto_garbage_ok and test_auto_garbage_corrected_ok are skipped on 3.13: their classes are
# the two _fail tests' ones, whose 3.13 outcome is printed here),
# test_duplicate_auto; plus SPEC section 2's examples of the 3.13 default (5, 2, auto() -> 6)
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify
from enum import UNIQUE, CONTINUOUS, NAMED_FLAGS, STRICT, CONFORM, EJECT, KEEP, FlagBoundary
from _helpers import out, r, raises
class Color(Enum):
    red = auto()
    blue = auto()
    green = auto()
out('auto number', list(Color), [m.value for m in Color])
class Color(Enum):
    def _generate_next_value_(name, start, count, last):
        return name
    red = auto()
    blue = auto()
    green = auto()
out('auto name', list(Color), [m.value for m in Color])
class AutoNameEnum(Enum):
    def _generate_next_value_(name, start, count, last):
        return name
class Color(AutoNameEnum):
    red = auto()
    blue = auto()
    green = auto()
out('auto name inherit', list(Color), [m.value for m in Color])
def garbage_fail():
    class Color(Enum):
        red = 'red'
        blue = auto()
raises('auto garbage fail', garbage_fail)
def garbage_corrected_fail():
    class Color(Enum):
        red = 'red'
        blue = 2
        green = auto()
raises('auto garbage corrected fail', garbage_corrected_fail)
class Color(Enum):
    red = auto()
    blue = auto()
    oxford = blue
    crimson = red
    green = auto()
out('auto with aliases', Color.crimson is Color.red, Color.oxford is Color.blue, Color.green is not Color.red, Color.green is not Color.blue, Color.green)
class Dupes(Enum):
    first = primero = auto()
    second = auto()
    third = auto()
out('duplicate auto', list(Dupes), Dupes.primero is Dupes.first)
class Highest(Enum):
    A = 5
    B = 2
    C = auto()
out('5, 2, auto()', list(Highest))
class Nums(IntEnum):
    A = auto()
    B = 10
    C = auto()
out('IntEnum auto', list(Nums))
class Strs(StrEnum):
    Alpha = auto()
    BETA_GAMMA = auto()
    delta = 'D'
    epsilon = auto()
out('StrEnum auto', list(Strs))
class Bits(Flag):
    A = auto()
    B = 8
    C = auto()
out('Flag auto', list(Bits))
class IBits(IntFlag):
    A = auto()
    B = 3
    C = auto()
out('IntFlag auto', list(IBits), IBits.B)
calls = []
class Recorded(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        calls.append([name, start, count, list(last_values)])
        return (count + 1) * 10
    A = auto()
    B = 7
    C = auto()
    D = auto()
out('gnv calls', calls)
out('Recorded', list(Recorded))
Fn = Enum('Fn', 'A B C', start=5)
out('functional start', list(Fn))
class Base(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + '!'
Lower = Base('Lower', 'ONE TWO')
out('functional with inherited gnv', list(Lower))
