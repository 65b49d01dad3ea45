# SPEC section 7 (issue 13, bug 6): enum.show_flag_values and the NAMED_FLAGS message
import enum
from enum import Flag, IntFlag, verify, NAMED_FLAGS
from _helpers import out, raises
class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
out('13', enum.show_flag_values(13))
out('0', enum.show_flag_values(0))
out('RWX', enum.show_flag_values(Perm.RWX))
out('R|X', enum.show_flag_values(Perm.R | Perm.X))
out('2 ** 40 + 2', enum.show_flag_values(2 ** 40 + 2))
raises('-1', lambda: enum.show_flag_values(-1))
def named():
    @verify(NAMED_FLAGS)
    class Bits(IntFlag):
        A = 1
        B = 2
        ALL = 7
    return Bits.A
raises('named flags', named)
