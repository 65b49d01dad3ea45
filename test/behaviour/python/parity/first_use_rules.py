# SPEC section 2 (an audit of the package against it): see the TypeScript twin.
from enum import Enum, auto, verify, UNIQUE
from _helpers import out, raises
class Forwarded(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
out('new X() through a constructor', list(Forwarded), Forwarded.A is Forwarded.B)
class Bound(Enum):
    A = 1
    B = 2
def bound_name():
    try:
        Bound.A._add_alias_('B')
    except NameError as e:
        raise ValueError(str(e))  # Python's NameError is a RangeError in tsenum
raises('_add_alias_ of a bound name', bound_name)
out('after it', list(Bound), list(Bound.__members__))
def order_with_no_members():
    class Empty(Enum):
        _order_ = 'A'
    return list(Empty)
raises('_order_ with no members', order_with_no_members)
def verify_plain():
    class Plain:
        pass
    return verify(UNIQUE)(Plain)
raises('verify on a class that is not an enum', verify_plain)
