# test_enum.py TestSpecial.test_reserved_sunder_error / test_no_members / test_empty_names /
# test_strenum (the failing StrEnums) / IntEnum's non-int values (CPython's int() error)
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify
from enum import UNIQUE, CONTINUOUS, NAMED_FLAGS, STRICT, CONFORM, EJECT, KEEP, FlagBoundary
from _helpers import out, r, raises
def bad():
    class Bad(Enum):
        _bad_ = 1
raises('_bad_', bad)
no_names = lambda m: m.split(';')[0]
raises('Enum(7)', lambda: Enum(7), msg=no_names)
raises('Flag(7)', lambda: Flag(7), msg=no_names)
for nothing in '', [], {}:
    empty_enum = Enum('empty_enum', nothing)
    out('empty %r' % (nothing,), len(empty_enum), list(empty_enum))
    raises('empty_enum(0)', lambda: empty_enum(0), msg=no_names)
def first_failed():
    class FirstFailedStrEnum(StrEnum):
        one = 1
        two = '2'
raises('FirstFailedStrEnum', first_failed)
def third_failed():
    class ThirdFailedStrEnum(StrEnum):
        one = '1'
        two = 2
raises('ThirdFailedStrEnum', third_failed)
def not_int():
    class NotInt(IntEnum):
        one = 1
        two = 'two'
raises('IntEnum with a str value', not_int)
def not_int_flag():
    class NotIntFlag(IntFlag):
        one = 1
        two = 'two'
raises('IntFlag with a str value', not_int_flag)
class GoodStrEnum(StrEnum):
    one = '1'
    two = '2'
out('GoodStrEnum', GoodStrEnum.one == '1', str(GoodStrEnum.one), '{}'.format(GoodStrEnum.one), repr(GoodStrEnum.one))
