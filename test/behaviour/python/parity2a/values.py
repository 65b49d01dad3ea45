# test_enum.py TestSpecial.test_enum_of_types (classes as values), test_enum_with_value_name
# (a member called `value`; one called `name` is reserved in tsenum: README, Differences),
# test_conflicting_types_resolved_in_new (an IntEnum base whose constructor takes a label),
# test_flufl_enum (a member-less base's __int__ -> valueOf), test_init_exception (its second
# class: an error raised while making the value propagates; the first needs a data-type mixin),
# TestEmptyAndNonLatinStrings.test_empty_string, TestSpecial.test_duplicate_name_error
# (functional form; two statics of one name are compile-time checks, TS24001 / TS24002)
from enum import Enum, IntEnum
from _helpers import out, raises
class MyTypes(Enum):
    i = int
    f = float
    s = str
out('types', MyTypes.i.value is int, MyTypes.f.value is float, MyTypes.s.value is str, [m.name for m in MyTypes])
class Foo:
    pass
class Bar:
    pass
class MyTypes2(Enum):
    a = Foo
    b = Bar
out('classes', MyTypes2.a.value is Foo, MyTypes2.b.value is Bar, MyTypes2(Foo) is MyTypes2.a)
class Huh(Enum):
    one = 1
    value = 2
out('value name', list(Huh), type(Huh.value) is Huh, Huh.value.name, Huh.value.value, Huh['value'], Huh(2))
class LabelledIntEnum(int, Enum):
    def __new__(cls, *args):
        value, label = args
        obj = int.__new__(cls, value)
        obj.label = label
        obj._value_ = value
        return obj
class LabelledList(LabelledIntEnum):
    unprocessed = (1, "Unprocessed")
    payment_complete = (2, "Payment Complete")
out('labelled', list(LabelledList), LabelledList.unprocessed == 1, LabelledList(1) is LabelledList.unprocessed, LabelledList.payment_complete.label)
class Fluflnum(Enum):
    def __int__(self):
        return int(self.value)
class MailManOptions(Fluflnum):
    option1 = 1
    option2 = 2
    option3 = 3
out('flufl', int(MailManOptions.option1), [int(m) for m in MailManOptions])
class Base:
    def __new__(cls, *args):
        return object.__new__(cls)
    def __init__(self, x):
        raise ValueError("I don't like %s" % x)
def init_exception():
    class MyEnum(Base, Enum):
        A = 'a'
        def __init__(self, y):
            self.y = y
        def __new__(cls, value):
            member = Base.__new__(cls)
            member._value_ = Base(value)
            return member
    return list(MyEnum)
raises('init exception', init_exception)
raises('empty string', lambda: list(Enum('empty_abc', ('', 'B', 'C'))))
raises('duplicate name', lambda: list(Enum('Color', [('red', 1), ('green', 2), ('blue', 3), ('red', 4)])))
raises('duplicate name string', lambda: list(Enum('Color', 'red green blue red')))
