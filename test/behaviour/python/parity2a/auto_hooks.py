# test_enum.py TestInternals.test_auto_order (a hook defined after auto() members is a TypeError;
# TypeScript: a static field, since a static method exists before any member), test_auto_order_wierd
# (the hook after a member with a plain value is fine; tsenum's auto() has no settable .value);
# TestSpecial.test_duplicate_values_give_unique_enum_items, test_inherited_new_from_enhanced_enum,
# test_inherited_new_from_mixed_enum (__new__ computing len(cls.__members__) + 1 -> the
# _generate_next_value_ hook's count + 1, and __int__ -> valueOf)
from enum import Enum, IntEnum, auto
from _helpers import out, raises
def order():
    class Color(Enum):
        red = auto()
        green = auto()
        blue = auto()
        def _generate_next_value_(name, start, count, last):
            return name
    return list(Color)
raises('auto order', order)
weird_auto = auto()
weird_auto.value = 'pathological case'
class Color(Enum):
    red = weird_auto
    def _generate_next_value_(name, start, count, last):
        return name
    blue = auto()
out('auto order wierd', list(Color), Color.red.value, Color.blue.value)
class AutoNumber(Enum):
    first = ()
    second = ()
    third = ()
    def __new__(cls):
        value = len(cls.__members__) + 1
        obj = object.__new__(cls)
        obj._value_ = value
        return obj
    def __int__(self):
        return int(self._value_)
out('unique items', list(AutoNumber), int(AutoNumber.second), AutoNumber.third.value, AutoNumber(1) is AutoNumber.first)
class AutoNumber(Enum):
    def __new__(cls):
        value = len(cls.__members__) + 1
        obj = object.__new__(cls)
        obj._value_ = value
        return obj
    def __int__(self):
        return int(self._value_)
class Color(AutoNumber):
    red = ()
    green = ()
    blue = ()
out('enhanced', list(Color), list(map(int, Color)))
class AutoNumber(IntEnum):
    def __new__(cls):
        value = len(cls.__members__) + 1
        obj = int.__new__(cls, value)
        obj._value_ = value
        return obj
class Color(AutoNumber):
    red = ()
    green = ()
    blue = ()
out('mixed', list(Color), list(map(int, Color)))
