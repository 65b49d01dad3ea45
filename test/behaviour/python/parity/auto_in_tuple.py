# SPEC section 2 (issue 13, bug 1): auto() inside a tuple value and beside __new__'s other arguments
from enum import Enum, auto
from _helpers import out
class T(Enum):
    A = auto(), 'first'
    B = auto(), 'second'
    C = auto()
out('T', list(T))
class S(Enum):
    A = 1, auto()
    B = 5
    C = auto(), auto()
out('S', list(S))
class Lab(Enum):
    X = auto(), 'a'
    Y = auto(), 'b'
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
out('Lab', list(Lab), Lab.X.label, Lab.Y.label, Lab(2))
class Hooked(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return '%s%d' % (name.lower(), count)
    A = auto(), 1
    B = auto(), 2
out('Hooked', list(Hooked))
class Same(Enum):
    A = auto(), 'x'
    B = 1, 'x'
out('Same', Same.B is Same.A, list(Same), list(Same.__members__))
F = Enum('F', [('A', (auto(), 'x')), ('B', (auto(), auto()))])
out('F', list(F))
