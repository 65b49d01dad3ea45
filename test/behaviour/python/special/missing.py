# test_enum.py TestSpecial.test_missing_override (and the default _missing_)
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify
from enum import UNIQUE, CONTINUOUS, NAMED_FLAGS, STRICT, CONFORM, EJECT, KEEP, FlagBoundary
from _helpers import out, r, raises
class ZeroDivision(Exception):
    pass
class Color(Enum):
    red = 1
    green = 2
    blue = 3
    @classmethod
    def _missing_(cls, item):
        if item == 'three':
            return cls.blue
        elif item == 'bad return':
            # trigger internal error
            return 5
        elif item == 'error out':
            raise ZeroDivision
        else:
            # trigger not found
            return None
out("Color('three') is blue", Color('three') is Color.blue)
raises('Color(7)', lambda: Color(7))
raises("Color('bad return')", lambda: Color('bad return'))
try:
    Color('error out')
except ZeroDivision:
    out("Color('error out')", 'the error of _missing_ propagates')
class Lenient(IntEnum):
    ONE = 1
    TWO = 2
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.isdigit():
            return cls(int(value))
        return None
out("Lenient('2')", Lenient('2'))
raises("Lenient('x')", lambda: Lenient('x'))
