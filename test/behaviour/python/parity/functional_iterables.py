# SPEC section 3 (issue 13, bug 5): the functional form takes any mapping or iterable of pairs
from enum import Enum, IntEnum, StrEnum
from _helpers import out, raises
out('Map', list(Enum('M', {'A': 1, 'B': 2})))
def pairs():
    yield ('A', 1)
    yield ('B', 2)
out('generator of pairs', list(Enum('G', pairs())))
out('Map IntEnum', dict(IntEnum('I', {'X': 3, 'Y': 3}).__members__))
out('Map StrEnum', list(StrEnum('S', {'X': 'x'})))
out('entries of pairs', list(Enum('E', list({'P': 1, 'Q': 2}.items()))))
raises('set of names', lambda: Enum('S', {'A', 'B'}))
def names():
    yield 'A'
    yield 'B'
raises('generator of names', lambda: Enum('N', names()))
