# test_enum.py TestSpecial.test_nested_classes_in_enum_are_not_members /
# test_nested_classes_in_enum_with_nonmember, test_private_variable_is_normal_attribute,
# test_subclass_duplicate_name_dynamic, test_enum_of_types_with_nonmember,
# test_using_members_as_nonmember, test_multiple_inherited_mixin, test_ordered_mixin,
# test_dynamic_members_with_static_methods (see the TypeScript twin)
import enum
from types import DynamicClassAttribute
from enum import Enum, StrEnum, Flag, unique, nonmember
from _helpers import out, raises

class Outer(Enum):
    a = 1
    b = 2
    @nonmember
    class Inner(Enum):
        foo = 10
        bar = 11
out('nested class', isinstance(Outer.Inner, type), Outer.a.value, Outer.Inner.foo.value, list(Outer.Inner), list(Outer))

class Private(Enum):
    __corporal = 'Radar'
    __major_ = 'Hoolihan'
out('private', len(Private), [Private._Private__corporal, Private._Private__major_])

class Base(Enum):
    @DynamicClassAttribute
    def test(self):
        return 'dynamic'
class Test(Base):
    test = 1
class Base2(Enum):
    @enum.property
    def flash(self):
        return 'flashy dynamic'
class Test2(Base2):
    flash = 1
out('duplicate name dynamic', Test.test.test, Test.test.value, Test2.flash.flash, Test2.flash.value)

class MyTypes(Enum):
    i = int
    f = nonmember(float)
    s = str
class Foo:
    pass
class Bar:
    pass
class MyTypes2(Enum):
    a = Foo
    b = nonmember(Bar)
class SpamEnumIsInner:
    pass
class SpamEnum(Enum):
    spam = nonmember(SpamEnumIsInner)
out('types with nonmember', MyTypes.i.value == int, MyTypes.f is float, MyTypes.s.value == str, [m.name for m in MyTypes])
out('types2', MyTypes2.a.value == Foo, MyTypes2.b is Bar, len(MyTypes2), SpamEnum.spam is SpamEnumIsInner, len(SpamEnum))

class Example(Flag):
    A = 1
    B = 2
    ALL = nonmember(A | B)
out('members as nonmember', Example.A.value, Example.B.value, Example.ALL, type(Example.ALL) is int, list(Example))

def inherited_mixin():
    @unique
    class Decision1(StrEnum):
        REVERT = "REVERT"
        REVERT_ALL = "REVERT_ALL"
        RETRY = "RETRY"
    class MyEnum(StrEnum):
        pass
    @unique
    class Decision2(MyEnum):
        REVERT = "REVERT"
        REVERT_ALL = "REVERT_ALL"
        RETRY = "RETRY"
    return [list(Decision1), list(Decision2)]
raises('multiple inherited mixin', inherited_mixin)

class OrderedEnum(Enum):
    def __ge__(self, other):
        if self.__class__ is other.__class__:
            return self._value_ >= other._value_
        return NotImplemented
    def __gt__(self, other):
        if self.__class__ is other.__class__:
            return self._value_ > other._value_
        return NotImplemented
    def __le__(self, other):
        if self.__class__ is other.__class__:
            return self._value_ <= other._value_
        return NotImplemented
    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self._value_ < other._value_
        return NotImplemented
class Grade(OrderedEnum):
    A = 5
    B = 4
    C = 3
    D = 2
    F = 1
out('ordered mixin', Grade.A > Grade.B, Grade.F <= Grade.C, Grade.D < Grade.A, Grade.B >= Grade.B, Grade.B == Grade.B, Grade.C != Grade.D)

foo_defines = {'FOO_CAT': 'aloof', 'BAR_DOG': 'friendly', 'FOO_HORSE': 'big'}
class Foo(Enum):
    vars().update({
            k: v
            for k, v in foo_defines.items()
            if k.startswith('FOO_')
            })
    def upper(self):
        return self.value.upper()
out('dynamic members', list(Foo), Foo['FOO_CAT'].value, Foo['FOO_HORSE'].upper())
def twice():
    class FooBar(Enum):
        vars().update({
                k: v
                for k, v in foo_defines.items()
                if k.startswith('FOO_')
                },
                **{'FOO_CAT': 'small'},
                )
        def upper(self):
            return self.value.upper()
    return list(FooBar)
raises('dynamic members: FOO_CAT twice', twice)
