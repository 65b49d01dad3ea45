# SPEC section 12 against Python's `match` statement: a case on a member's name (its value
# pattern) handles that member, a case on an alias's name handles its canonical member, and
# `_` handles every other member. TypeScript: match(member, { NAME: handler, _: handler }).
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify
from _helpers import out, r, raises
class Status(Enum):
    PENDING = 1
    COMPLETED = 10
    SETTLED = 10
    FAILED = 3
    DONE = 10
def full(s):
    match s:
        case Status.PENDING:
            return 'waiting ' + repr(s)
        case Status.COMPLETED:
            return 'paid ' + repr(s)
        case Status.FAILED:
            return 'failed ' + repr(s)
def by_alias(s):
    match s:
        case Status.SETTLED:
            return 'settled ' + s.name
        case _:
            return 'other ' + s.name
def by_default(s):
    match s:
        case Status.FAILED:
            return 1
        case _:
            return 0
for s in Status:
    out('full', full(s))
    out('by alias', by_alias(s))
    out('by default', by_default(s))
out('alias member', by_alias(Status.DONE), full(Status.SETTLED))
class Http(IntEnum):
    OK = 200
    FINE = 200
    NOT_FOUND = 404
def http(code):
    match code:
        case Http.FINE:
            return 'fine'
        case Http.NOT_FOUND:
            return 'missing'
out('IntEnum', [http(m) for m in Http])
class Color(StrEnum):
    RED = auto()
    GREEN = auto()
def color(c):
    match c:
        case Color.RED:
            return c.value.upper()
        case _:
            return c.value
out('StrEnum', [color(m) for m in Color])
class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6
def perm(p):
    match p:
        case Perm.R:
            return 'read'
        case Perm.RW:
            return 'read-write'
        case _:
            return 'other ' + str(p.name)
out('Flag', perm(Perm.R), perm(Perm.R | Perm.W), perm(Perm.W | Perm.X), perm(Perm.RW))
