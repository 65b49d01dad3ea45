# OldTestFlag's classes (test_enum.py), imported by the flag snippets
from enum import Flag


class Perm(Flag):
    R, W, X = 4, 2, 1


class Open(Flag):
    RO = 0
    WO = 1
    RW = 2
    AC = 3
    CE = 1<<19


class Color(Flag):
    BLACK = 0
    RED = 1
    ROJO = 1
    GREEN = 2
    BLUE = 4
    PURPLE = RED|BLUE
    WHITE = RED|GREEN|BLUE
    BLANCO = RED|GREEN|BLUE
