# Flags wider than 10 bits (test_enum.py's TestFlag operators, on 24 bits): composites of high
# bits are singletons, found again by `|`, `&`, `^` and by value, however many are made
# (tsenum keeps values of 1,024 and above in a table of their own).
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify
from enum import UNIQUE, CONTINUOUS, NAMED_FLAGS, STRICT, CONFORM, EJECT, KEEP, FlagBoundary
from _helpers import out, r, raises
class Wide(Flag):
    B0 = auto()
    B1 = auto()
    B2 = auto()
    B3 = auto()
    B4 = auto()
    B5 = auto()
    B6 = auto()
    B7 = auto()
    B8 = auto()
    B9 = auto()
    B10 = auto()
    B11 = auto()
    B12 = auto()
    B13 = auto()
    B14 = auto()
    B15 = auto()
    B16 = auto()
    B17 = auto()
    B18 = auto()
    B19 = auto()
    B20 = auto()
    B21 = auto()
    B22 = auto()
    B23 = auto()
    HIGH = 0xf00000
bits = list(Wide)
out('bits', len(bits), Wide.B23.value, Wide.HIGH)
made = 0
same = 0
total = 0
for i in range(len(bits)):
    for j in range(len(bits)):
        a = bits[i]
        b = bits[(j * 7) % len(bits)]
        ab = a | b
        again = b | a
        if ab is again and ab is Wide(a.value | b.value):
            same += 1
        made += 1
        total += ab.value + (a & b).value + (a ^ b).value
out('pairs', made, same, total)
c = Wide.B10 | Wide.B20
d = c | Wide.B23
out('composite', c, d, d & Wide.HIGH, (d ^ Wide.B23) is c, Wide(c.value) is c)
out('named high', (Wide.B20 | Wide.B21 | Wide.B22 | Wide.B23) is Wide.HIGH)
chain = Wide.B0
seen = []
for k in range(1, len(bits)):
    chain = chain | bits[k]
    seen.append(chain)
out('chain', chain.value, all(Wide(m.value) is m and m.value == 2 ** (k + 2) - 1 for k, m in enumerate(seen)))
