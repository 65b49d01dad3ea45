# SPEC section 2 (issue 13, bug 2): __init__ reads self._value_ and the members so far
from enum import Enum, IntEnum
from _helpers import out
class Coin(Enum):
    PENNY = 1
    NICKEL = 5
    DIME = 10
    def __init__(self, value):
        cls = self.__class__
        self.cents = '%sc' % self._value_
        self.index = len(cls)
        self.before = ' '.join(m.name for m in cls)
        self.hasPenny = 1 in cls and cls(1) is cls.PENNY
out('cents', Coin.PENNY.cents, Coin.NICKEL.cents, Coin.DIME.cents)
out('index', Coin.PENNY.index, Coin.NICKEL.index, Coin.DIME.index)
out('before', Coin.PENNY.before, Coin.NICKEL.before, Coin.DIME.before)
out('hasPenny', Coin.PENNY.hasPenny, Coin.NICKEL.hasPenny)
out('members', list(Coin), len(Coin))
class Level(IntEnum):
    LOW = 1
    HIGH = 2
    TOP = 2
    def __init__(self, value):
        self.double = self._value_ * 2
out('Level', list(Level), Level.LOW.double, Level.HIGH.double, Level.TOP is Level.HIGH)
