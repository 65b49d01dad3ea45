# SPEC section 5 (issue 13, bug 4): _numeric_repr_ and _ignore_
from enum import Flag, IntFlag, Enum, KEEP, auto
from _helpers import out
class Hexy(Flag, boundary=KEEP):
    _numeric_repr_ = hex
    A = 1
    B = 2
out('Hexy(17)', Hexy(17))
out('Hexy(3)', Hexy(3))
out('Hexy(48)', Hexy(48))
class Octal(IntFlag):
    _numeric_repr_ = oct
    R = 4
    W = 2
out('Octal(14)', Octal(14), str(Octal(14)))
class Plain(IntFlag):
    R = 4
out('Plain(12)', Plain(12))
class Period(Enum):
    _ignore_ = ['temp']
    DAY = 1
    temp = 99
    WEEK = 7
out('Period', list(Period), 99 in Period, Period.__members__.get('temp'), list(Period.__members__))
class Spaced(Enum):
    _ignore_ = 'x, y'
    A = 1
    x = 2
    y = 3
    B = 4
out('Spaced', list(Spaced), len(Spaced))
class Auto(Enum):
    _ignore_ = ['temp']
    DAY = auto()
    temp = 99
    WEEK = auto()
out('Auto', list(Auto))
class Night(Enum):
    _ignore_ = ['temp']
    DAY = 1
    temp = 5
    NIGHT = 5
out('Night', list(Night), Night.NIGHT.name, Night(5))
