# test_enum.py _EnumTests.test_repr_override (__repr__ -> [util.inspect.custom])
class Generic(K):
    first = auto()
    second = auto()
    third = auto()
    def __repr__(self):
        return "don't you just love shades of %s?" % self.name
out('repr', repr(Generic.third))
