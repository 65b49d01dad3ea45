# test_enum.py TestSpecial.test_programmatic_function_string_with_start /
# _string_list_with_start / _type_from_subclass / _type_from_subclass_with_start
# (type=int -> IntEnum.create); names separated by commas (SPEC section 3, Python too)
# (test_programmatic_function_string_list_with_start, test_programmatic_function_type_from_subclass,
# test_programmatic_function_type_from_subclass_with_start)
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify
from enum import UNIQUE, CONTINUOUS, NAMED_FLAGS, STRICT, CONFORM, EJECT, KEEP, FlagBoundary
from _helpers import out, r, raises
def check(label, MinorEnum, start):
    lst = list(MinorEnum)
    out(label, len(lst), len(MinorEnum), lst == [MinorEnum.june, MinorEnum.july, MinorEnum.august])
    for i, month in enumerate('june july august'.split(), start):
        e = MinorEnum(i)
        out(' ', i, e.value, e == i, e.name == month, e in MinorEnum, type(e) is MinorEnum)
check('string with start', Enum('MinorEnum', 'june july august', start=10), 10)
check('string list with start', Enum('MinorEnum', ['june', 'july', 'august'], start=20), 20)
check('IntEnum', IntEnum('MinorEnum', 'june july august'), 1)
check('IntEnum with start', IntEnum('MinorEnum', 'june july august', start=40), 40)
check('commas', Enum('MinorEnum', 'june, july,august'), 1)
Zero = Enum('Zero', ['A', 'B'], start=0)
out('start=0', list(Zero))
