# test_enum.py TestOrder (every test, test_enum_has_extra_members and
# test_enum_has_extra_members_with_aliases among them; without the transformer the check comes no later than
# the first use, so the TypeScript twin uses each class once)
# (test_same_members, test_same_members_with_aliases, test_same_members_wrong_order,
# test_order_has_extra_members, test_order_has_extra_members_with_aliases)
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify
from enum import UNIQUE, CONTINUOUS, NAMED_FLAGS, STRICT, CONFORM, EJECT, KEEP, FlagBoundary
from _helpers import out, r, raises
def same_members():
    class Color(Enum):
        _order_ = 'red green blue'
        red = 1
        green = 2
        blue = 3
    return list(Color)
raises('same members', same_members)
def same_members_with_aliases():
    class Color(Enum):
        _order_ = 'red green blue'
        red = 1
        green = 2
        blue = 3
        verde = green
    return list(Color)
raises('same members with aliases', same_members_with_aliases)
def same_members_wrong_order():
    class Color(Enum):
        _order_ = 'red green blue'
        red = 1
        blue = 3
        green = 2
    return list(Color)
raises('same members wrong order', same_members_wrong_order)
def order_has_extra_members():
    class Color(Enum):
        _order_ = 'red green blue purple'
        red = 1
        green = 2
        blue = 3
    return list(Color)
raises('order has extra members', order_has_extra_members)
def order_has_extra_members_with_aliases():
    class Color(Enum):
        _order_ = 'red green blue purple'
        red = 1
        green = 2
        blue = 3
        verde = green
    return list(Color)
raises('order has extra members with aliases', order_has_extra_members_with_aliases)
def enum_has_extra_members():
    class Color(Enum):
        _order_ = 'red green blue'
        red = 1
        green = 2
        blue = 3
        purple = 4
    return list(Color)
raises('enum has extra members', enum_has_extra_members)
def enum_has_extra_members_with_aliases():
    class Color(Enum):
        _order_ = 'red green blue'
        red = 1
        green = 2
        blue = 3
        purple = 4
        verde = green
    return list(Color)
raises('enum has extra members with aliases', enum_has_extra_members_with_aliases)
