# test_enum.py TestSpecial.test_contains_name_and_value_overlap /
# test_contains_different_types_same_members / test_intenum_transitivity (== between two
# IntEnum members compares their numbers; JavaScript's == on two objects is identity, so the
# TypeScript twin compares +a === +b)
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify
from enum import UNIQUE, CONTINUOUS, NAMED_FLAGS, STRICT, CONFORM, EJECT, KEEP, FlagBoundary
from _helpers import out, r, raises
class IntEnum1(IntEnum):
    X = 1
class IntEnum2(IntEnum):
    X = 1
class IntEnum3(IntEnum):
    X = 2
class IntEnum4(IntEnum):
    Y = 1
out('IntEnum1.X in 1 2 3 4', IntEnum1.X in IntEnum1, IntEnum1.X in IntEnum2, IntEnum1.X in IntEnum3, IntEnum1.X in IntEnum4)
class IntFlag1(IntFlag):
    X = 1
out('IntEnum1.X in IntFlag1', IntEnum1.X in IntFlag1)
out('IntFlag1.X in IntEnum1', IntFlag1.X in IntEnum1)
class number(IntEnum):
    one = 1
    two = 2
    three = 3
class numero(IntEnum):
    uno = 1
    dos = 2
    tres = 3
out('transitivity', int(number.one) == int(numero.uno), int(number.two) == int(numero.dos), int(number.three) == int(numero.tres))
