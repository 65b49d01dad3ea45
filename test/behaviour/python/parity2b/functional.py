# test_enum.py OldTestIntFlag.test_programatic_function_string_with_start /
# test_programatic_function_string_list / test_programatic_function_iterable /
# test_programatic_function_from_dict / test_programatic_function_from_empty_list /
# test_programatic_function_from_empty_tuple; TestSpecial.test_programmatic_function_type /
# test_programmatic_function_type_with_start; TestEmptyAndNonLatinStrings.test_non_latin_character_string /
# test_non_latin_number_string
import enum
from collections import OrderedDict
from enum import Enum, IntEnum, IntFlag
from _helpers import out

def checkPerm(label, Perm, values):
    lst = list(Perm)
    out(label, len(lst), len(Perm), lst == [Perm.R, Perm.W, Perm.X])
    for i, n in enumerate('R W X'.split()):
        v = values[i]
        e = Perm(v)
        out(' ', n, e.value == v, type(e.value) is int, e == v, e.name == n, e in Perm, type(e) is Perm)
checkPerm('string with start', IntFlag('Perm', 'R W X', start=8), [8, 16, 32])
checkPerm('string list', IntFlag('Perm', ['R', 'W', 'X']), [1, 2, 4])
checkPerm('iterable', IntFlag('Perm', (('R', 2), ('W', 8), ('X', 32))), [2, 8, 32])
checkPerm('from dict', IntFlag('Perm', OrderedDict((('R', 2), ('W', 8), ('X', 32)))), [2, 8, 32])

for label, names in (('empty list', []), ('empty tuple', ())):
    Perm = enum.IntFlag('Perm', names)
    Thing = enum.Enum('Thing', names)
    out(label, len(list(Perm)), len(Perm), len(list(Thing)), len(Thing))

def checkMinor(label, MinorEnum, start):
    lst = list(MinorEnum)
    out(label, len(lst), len(MinorEnum), lst == [MinorEnum.june, MinorEnum.july, MinorEnum.august])
    for i, month in enumerate('june july august'.split(), start):
        e = MinorEnum(i)
        out(' ', i, e == i, e.name == month, e in MinorEnum, type(e) is MinorEnum, e)
checkMinor('type=int', Enum('MinorEnum', 'june july august', type=int), 1)
checkMinor('type=int start=30', Enum('MinorEnum', 'june july august', type=int, start=30), 30)

greek_abc = Enum('greek_abc', ('\u03B1', 'B', 'C'))
out('non latin character', getattr(greek_abc, '\u03B1').value, greek_abc['\u03B1'], list(greek_abc))
hebrew_123 = Enum('hebrew_123', ('\u05D0', '2', '3'))
out('non latin number', getattr(hebrew_123, '\u05D0').value, hebrew_123['2'], list(hebrew_123))
