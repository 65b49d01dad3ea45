# test_enum.py TestHelpers.test_sunder / TestInternals.test_sunder (enum._is_sunder observed
# through member names: see the TypeScript twin)
from enum import Enum
from _helpers import raises
sunder = ['_bad_', '_good_', '_what_ho_', '_MyEnum__private_', '_MyEnum__also_private_', '_a_', '_aa_']
notSunder = (['__mal__', '__bien__', '__que_que__']
    + ['_MyEnum__private', '_MyEnum__still_private', '_MyEnum___triple_private']
    + ['okay', '_semi_private', '_weird__', '_MyEnum__']
    + ['a', 'a_', '_a', '__a', 'a__', '__a__', '_a__', '__a_', '_', '__', '___', '____', '_____'])
for name in sunder + notSunder:
    def define(name=name):
        list(Enum('X', [name]))
    raises(name, define)
def class_bad():
    class X(Enum):
        okay = 1
        _bad_ = 2
    list(X)
raises('class form _bad_', class_bad)
def class_ok():
    class X(Enum):
        _semi_private = 1
        _weird__ = 2
        _ = 3
    list(X)
raises('class form _semi_private _weird__ _', class_ok)
