# CPython 3.13 test_enum.py, _EnumTests.setUp, class form ("...Class" test classes).
# Ported: __format__ overrides dropped (JavaScript has no format protocol: a template literal
# is String()); LazyGNV/BusyGNV dropped (test_gnv_is_static is about staticmethod).
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify
from enum import UNIQUE, CONTINUOUS, NAMED_FLAGS, STRICT, CONFORM, EJECT, KEEP, FlagBoundary
from _helpers import out, r, raises

K = Enum
KIND = 'Enum'
FORM = 'class'


class BaseEnum(K):
    @enum.property
    def first(self):
        return '%s is first!' % self.name


class MainEnum(BaseEnum):
    first = auto()
    second = auto()
    third = auto()
    if issubclass(K, Flag):
        dupe = 3
    else:
        dupe = third


class NewStrEnum(K):
    def __str__(self):
        return self.name.upper()
    first = auto()


class NewBaseEnum(K):
    def __str__(self):
        return self.name.title()


class NewSubEnum(NewBaseEnum):
    first = auto()


IS_FLAG = issubclass(K, Flag)
names = ['first', 'second', 'third']
if issubclass(MainEnum, StrEnum):
    values = names
elif IS_FLAG:
    values = [1, 2, 4]
    dupe2 = MainEnum(5)
else:
    values = [1, 2, 3]
source_values = values
