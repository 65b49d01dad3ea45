# test_enum.py _EnumTests.test_object_str_override (f-string: the template literal of the twin)
class Generic(K):
    item = source_values[2]
    def __repr__(self):
        return "%s.test" % (self._name_, )
    __str__ = object.__str__
out('str', str(Generic.item), f'{Generic.item}')
