# test_enum.py OldTestFlag.test_or / test_and / test_xor (| & ^ -> or() and() xor())
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify
from enum import UNIQUE, CONTINUOUS, NAMED_FLAGS, STRICT, CONFORM, EJECT, KEEP, FlagBoundary
from _helpers import out, r, raises
from flag._classes import Perm, Open
for i in Perm:
    for j in Perm:
        out('%s|%s' % (i.name, j.name), i | j, (i | j) is Perm(i.value | j.value), (i | j).value == i.value | j.value, type(i | j) is Perm)
out('i|i is i', [i | i is i for i in Perm])
out('RO|CE is CE', Open.RO | Open.CE is Open.CE)
RW = Perm.R | Perm.W
RX = Perm.R | Perm.X
WX = Perm.W | Perm.X
RWX = Perm.R | Perm.W | Perm.X
values = list(Perm) + [RW, RX, WX, RWX, Perm(0)]
for i in values:
    out('&', i, [(i & j) for j in values])
    out('& values', [(i & j).value == i.value & j.value and type(i & j) is Perm for j in values])
out('i&i, i&RWX, RWX&i', [(i & i is i, i & RWX is i, RWX & i is i) for i in Perm])
out('RO&CE is RO', Open.RO & Open.CE is Open.RO)
for i in Perm:
    out('^', i, [(i ^ j) for j in Perm], [(i ^ j).value == i.value ^ j.value for j in Perm])
out('i^0, 0^i', [(i ^ Perm(0) is i, Perm(0) ^ i is i) for i in Perm])
out('RO^CE is CE', Open.RO ^ Open.CE is Open.CE)
out('CE^CE is RO', Open.CE ^ Open.CE is Open.RO)
