# test_enum.py _EnumTests.test_contains_tf
out('first in', MainEnum.first in MainEnum)
out('values[0] in', values[0] in MainEnum)
out("'first' in", 'first' in MainEnum)
out('dupe in', MainEnum.dupe in MainEnum)
out('nan in', float('nan') in MainEnum)
class OtherEnum(Enum):
    one = auto()
    two = auto()
out('OtherEnum.two in', OtherEnum.two in MainEnum)
class SameValues(K):
    one = source_values[0]
    two = source_values[1]
# enums without mixed data types never contain another enum's member; mixed ones may
out('SameValues.one in', SameValues.one in MainEnum)
out('SameValues.two in', SameValues.two in MainEnum)
