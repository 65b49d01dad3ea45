# test_enum.py TestVerify.test_unique_clean (TestUnique's half is unique/unique.py), test_unique_with_name (no `name`
# members: reserved in tsenum, see the TypeScript twin)
from enum import Enum, IntEnum, unique, verify, UNIQUE
from _helpers import out, raises
def verify_clean():
    @verify(UNIQUE)
    class Clean(Enum):
        one = 1
        two = 'dos'
        tres = 4.5
    @verify(UNIQUE)
    class Cleaner(IntEnum):
        single = 1
        double = 2
        triple = 3
    return [list(Clean), list(Cleaner)]
raises('verify(UNIQUE) clean', verify_clean)
def with_value():
    @verify(UNIQUE)
    class Silly(Enum):
        one = 1
        two = 'dos'
    @verify(UNIQUE)
    class Sillier(IntEnum):
        single = 1
        triple = 3
        value = 4
    return [list(Silly), list(Sillier), Sillier.value.value, Sillier['value']]
raises('verify(UNIQUE) with value', with_value)
out('unique(...) with value', list(unique(IntEnum('Sillier', {'single': 1, 'triple': 3, 'value': 4}))))
