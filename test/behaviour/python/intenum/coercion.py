# IntEnum / StrEnum are their value (SPEC section 6: they coerce to their number / string);
# test_enum.py TestSpecial.setUp's Grades, test_strenum's GoodStrEnum
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify
from enum import UNIQUE, CONTINUOUS, NAMED_FLAGS, STRICT, CONFORM, EJECT, KEEP, FlagBoundary
from _helpers import out, r, raises
class Grades(IntEnum):
    A = 5
    B = 4
    C = 3
    D = 2
    F = 0
out('A + 1', Grades.A + 1)
out('A * 2', Grades.A * 2)
out('A == 5', Grades.A == 5)
out('A > B', Grades.A > Grades.B, Grades.F < Grades.D, Grades.C >= 3)
out('sorted', sorted(Grades))
out('list index', ['a', 'b', 'c', 'd', 'e', 'f'][Grades.B])
out('str', str(Grades.A), f'{Grades.A}', 'grade ' + str(Grades.A))
out('int', int(Grades.B))
out('Grades(5)', Grades(5))
out('F is falsy', not Grades.F)
class Book(StrEnum):
    author = 'author'
    title = 'title'
out('Book.author == author', Book.author == 'author')
out('concat', Book.author + '!', 'by ' + Book.author)
out('upper', Book.title.upper())
out('str', str(Book.title), f'{Book.title}')
out('sorted', sorted(Book))
out('Book(title)', Book('title'))
