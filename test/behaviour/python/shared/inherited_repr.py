# test_enum.py _EnumTests.test_inherited_repr
class MyEnum(K):
    def __repr__(self):
        return "My name is %s." % self.name
class MySubEnum(MyEnum):
    this = auto()
    that = auto()
    theother = auto()
out('repr', repr(MySubEnum.that))
