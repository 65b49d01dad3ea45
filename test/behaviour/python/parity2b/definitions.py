# test_enum.py TestSpecial.test_no_duplicates, test_nonhash_value,
# test_programmatic_function_is_value_call, test_string_enum, test_subclassing;
# Test{Int,Str}Enum{Class,Function}.test_shadowed_attr (the names as members);
# OldTestFlag/OldTestIntFlag.test_unique_composite (one thread). See the TypeScript twin.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto
from _helpers import out, raises

class UniqueEnum(Enum):
    def __init__(self, *args):
        cls = self.__class__
        if any(self.value == e.value for e in cls):
            e = cls(self.value).name
            raise ValueError("aliases not allowed in UniqueEnum: %r --> %r" % (self.value, e))
def clean():
    class Color(UniqueEnum):
        red = 1
        green = 2
        blue = 3
    return list(Color)
raises('no duplicates: clean', clean)
def grene():
    class Color(UniqueEnum):
        red = 1
        green = 2
        blue = 3
        grene = 2
    return list(Color)
raises('no duplicates: grene', grene)

class AutoNumberInAList(Enum):
    def __new__(cls):
        value = [len(cls.__members__) + 1]
        obj = object.__new__(cls)
        obj._value_ = value
        return obj
class ColorInAList(AutoNumberInAList):
    red = ()
    green = ()
    blue = ()
inList = list(ColorInAList)
out('nonhash list', len(inList), inList == [ColorInAList.red, ColorInAList.green, ColorInAList.blue])
for i, e in enumerate(inList):
    out(' ', e.name, e.value, ColorInAList([i + 1]) is e)

class TwoPart(Enum):
    ONE = 1, 1.0
    TWO = 2, 2.0
    THREE = 3, 3.0
raises('TwoPart(1)', lambda: TwoPart(1))
out('TwoPart((1, 1.0))', TwoPart((1, 1.0)) is TwoPart.ONE)
class ThreePart(Enum):
    ONE = 1, 1.0, 'one'
    TWO = 2, 2.0, 'two'
    THREE = 3, 3.0, 'three'
out('ThreePart((3, 3.0, three))', ThreePart((3, 3.0, 'three')) is ThreePart.THREE)

class SkillLevel(str, Enum):
    master = 'what is the sound of one hand clapping?'
    journeyman = 'why did the chicken cross the road?'
    apprentice = 'knock, knock!'
out('string enum', SkillLevel.apprentice == 'knock, knock!', SkillLevel.apprentice)

class Name(StrEnum):
    BDFL = 'Guido van Rossum'
    FLUFL = 'Barry Warsaw'
out('subclassing', Name.BDFL == 'Guido van Rossum', Name('Guido van Rossum') is Name.BDFL, getattr(Name, 'BDFL') is Name.BDFL)

class Number(IntEnum):
    divisor = 1
    numerator = 2
NumberF = IntEnum('Number', ('divisor', 'numerator'))
class Book(StrEnum):
    author = 'author'
    title = 'title'
BookF = StrEnum('Book', ('author', 'title'))
out('shadowed attr IntEnum', Number.divisor.value, Number.numerator.value, NumberF.divisor.value, NumberF.numerator.value)
out('shadowed attr StrEnum', Book.author.value, Book.title.value, BookF.author.value, BookF.title.value)

class TestFlag(Flag):
    one = auto()
    two = auto()
    three = auto()
    four = auto()
    five = auto()
    six = auto()
    seven = auto()
    eight = auto()
    def __eq__(self, other):
        return self is other
    def __hash__(self):
        return hash(self._value_)
class TestIntFlag(IntFlag):
    one = auto()
    two = auto()
    three = auto()
    four = auto()
    five = auto()
    six = auto()
    seven = auto()
    eight = auto()
    def __eq__(self, other):
        return self is other
    def __hash__(self):
        return hash(self._value_)
for F in (TestFlag, TestIntFlag):
    seen = set()
    for i in range(256):
        seen.add(F(i))
    for i in range(256):
        seen.add(F(i))
    out('unique composite', len(seen), F(255) is F(255))
