# test_enum.py TestFlag.test_custom_flag_bitwise (`int, Flag` -> IntFlag), test_flag_with_custom_new
# (a constructor computing the value; bit 7, not ord('a') = 97: flag values stop at 2^53, README,
# Differences), TestHelpers.test_iter_bits_lsb (_iter_bits_lsb -> showFlagValues, which is it)
import enum
from enum import Flag, IntFlag, KEEP
from _helpers import out, raises
class MyIntFlag(IntFlag):
    ONE = 1
    TWO = 2
    FOUR = 4
out('bitwise', isinstance(MyIntFlag.ONE | MyIntFlag.TWO, MyIntFlag), isinstance(MyIntFlag.ONE | 2, MyIntFlag), MyIntFlag.ONE | 2)
C = 7
class FlagFromChar(IntFlag):
    def __new__(cls, c):
        value = 1 << c
        self = int.__new__(cls, value)
        self._value_ = value
        return self
    a = C
out('IntFlag', FlagFromChar.a, FlagFromChar.a == 128, FlagFromChar.a | 1, ~FlagFromChar.a, list(FlagFromChar))
class FlagFromChar(Flag):
    def __new__(cls, c):
        value = 1 << c
        self = object.__new__(cls)
        self._value_ = value
        return self
    a = C
    z = 1
out('Flag', FlagFromChar.a.value, (FlagFromChar.a | FlagFromChar.z).value, ~FlagFromChar.a, ~FlagFromChar.z, list(FlagFromChar))
class FlagFromChar(IntFlag, boundary=KEEP):
    def __new__(cls, c):
        value = 1 << c
        self = int.__new__(cls, value)
        self._value_ = value
        return self
    a = C
out('KEEP', FlagFromChar.a, FlagFromChar.a | 1, (FlagFromChar.a | 1).value)
out('iter bits lsb', enum.show_flag_values(7), enum.show_flag_values(0), enum.show_flag_values(2**40 + 1))
raises('iter bits lsb -8', lambda: enum.show_flag_values(-8))
