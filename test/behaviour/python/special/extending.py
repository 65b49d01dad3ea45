# test_enum.py TestSpecial.test_extending / test_extending2 / test_extending3 /
# test_subclass_duplicate_name / test_exclude_methods (each definition is followed by a use:
# without the transformer a check comes no later than the first use)
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify
from enum import UNIQUE, CONTINUOUS, NAMED_FLAGS, STRICT, CONFORM, EJECT, KEEP, FlagBoundary
from _helpers import out, r, raises
class Color(Enum):
    red = 1
    green = 2
    blue = 3
def more():
    class MoreColor(Color):
        cyan = 4
        magenta = 5
        yellow = 6
    return list(MoreColor)
raises('MoreColor(Color)', more)
class Shade(Enum):
    def shade(self):
        return self.name
class Color2(Shade):
    red = 1
    green = 2
    blue = 3
def more2():
    class MoreColor(Color2):
        cyan = 4
        magenta = 5
        yellow = 6
    return list(MoreColor)
raises('MoreColor(Color2)', more2)
out('Color2.red.shade()', Color2.red.shade())
class Color3(Shade):
    def hex(self):
        return '%s hexlified!' % self.value
class MoreColor(Color3):
    cyan = 4
    magenta = 5
    yellow = 6
out('magenta.hex()', MoreColor.magenta.hex(), MoreColor.magenta.shade())
class Base(Enum):
    def test(self):
        pass
class Test(Base):
    test = 1
out('type(Test.test) is Test', type(Test.test) is Test, Test.test)
class whatever(Enum):
    this = 'that'
    these = 'those'
    def really(self):
        return 'no, not %s' % self.value
out('methods are not members', list(whatever), whatever.this.really())
class IntSub(IntEnum):
    pass
class Sub(IntSub):
    A = 1
out('extending a member-less IntEnum', list(Sub), isinstance(Sub.A, IntSub))
