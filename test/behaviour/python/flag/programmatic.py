# test_enum.py OldTestFlag.test_programatic_function_string / _with_start / _string_list /
# _iterable / _from_dict
# (test_programatic_function_string_with_start, test_programatic_function_string_list,
# test_programatic_function_iterable, test_programatic_function_from_dict)
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify
from enum import UNIQUE, CONTINUOUS, NAMED_FLAGS, STRICT, CONFORM, EJECT, KEEP, FlagBoundary
from _helpers import out, r, raises
def check(label, Perm, values):
    lst = list(Perm)
    out(label, len(lst), len(Perm), lst == [Perm.R, Perm.W, Perm.X])
    for n, v in zip('R W X'.split(), values):
        e = Perm(v)
        out(' ', n, e.value, type(e.value) is int, e.name, e in Perm, type(e) is Perm)
check('string', Flag('Perm', 'R W X'), [1, 2, 4])
check('string with start', Flag('Perm', 'R W X', start=8), [8, 16, 32])
check('string list', Flag('Perm', ['R', 'W', 'X']), [1, 2, 4])
check('iterable', Flag('Perm', (('R', 2), ('W', 8), ('X', 32))), [2, 8, 32])
check('from dict', Flag('Perm', dict((('R', 2), ('W', 8), ('X', 32)))), [2, 8, 32])
