# SPEC section 2: Python 3.13's _add_value_alias_ (the MultiValue recipe) and _add_alias_
from enum import Enum
from _helpers import out, raises
class MV(Enum):
    A = 1, 'a', 'one'
    B = 2, 'b'
    C = 'a'
    def __new__(cls, value, *values):
        self = object.__new__(cls)
        self._value_ = value
        for v in values:
            self._add_value_alias_(v)
        return self
out('MV', list(MV), MV('one'), MV('a'), MV.C, list(MV.__members__), 'b' in MV)
class N(Enum):
    A = 1
    B = 2
N.B._add_alias_('two')
out('after', N['two'], list(N.__members__))
N.A._add_value_alias_(5)
out('value', N(5), 5 in N)
raises('bound value', lambda: N.A._add_value_alias_(2))
def bound_name():
    try:
        N.A._add_alias_('B')
    except NameError as e:
        raise ValueError(str(e))  # Python's NameError is a RangeError in tsenum
raises('bound name', bound_name)
out('again', N.A._add_alias_('A'), N.A._add_value_alias_(1))
