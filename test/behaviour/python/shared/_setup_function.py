# CPython 3.13 test_enum.py, _EnumTests.setUp, functional form ("...Function" test classes).
# TypeScript's functional form cannot carry methods, so the methods live on a member-less
# base class and `Base.create(...)` makes the enum (Python passes them in the dict instead).
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify
from enum import UNIQUE, CONTINUOUS, NAMED_FLAGS, STRICT, CONFORM, EJECT, KEEP, FlagBoundary
from _helpers import out, r, raises

K = Enum
KIND = 'Enum'
FORM = 'function'


@enum.property
def first(self):
    return '%s is first!' % self.name
BaseEnum = K('BaseEnum', {'first': first})
#
first = auto()
second = auto()
third = auto()
if issubclass(K, Flag):
    dupe = 3
else:
    dupe = third
MainEnum = BaseEnum('MainEnum', dict(first=first, second=second, third=third, dupe=dupe))
#
def __str__(self):
    return self.name.upper()
first = auto()
NewStrEnum = K('NewStrEnum', (('first', first), ('__str__', __str__)))
#
def __str__(self):
    return self.name.title()
NewBaseEnum = K('NewBaseEnum', dict(__str__=__str__))
NewSubEnum = NewBaseEnum('NewSubEnum', 'first')
del first, second, third, dupe, __str__

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
