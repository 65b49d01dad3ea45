// IntEnum / StrEnum are their value (SPEC section 6: they coerce to their number / string);
// test_enum.py TestSpecial.setUp's Grades, test_strenum's GoodStrEnum. JavaScript's own
// limits: a member is an object, so it is always truthy (Python's `not Grades.F` is
// `!+Grades.F` here) and string methods need String(m).
import { Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary } from 'tsenum';
import { out, r, raises, inspect } from 'case-helpers';
class Grades extends IntEnum {
  static readonly A = new Grades(5);
  static readonly B = new Grades(4);
  static readonly C = new Grades(3);
  static readonly D = new Grades(2);
  static readonly F = new Grades(0);
}
out('A + 1', Grades.A + 1);
out('A * 2', Grades.A * 2);
out('A == 5', Grades.A == 5);
out('A > B', Grades.A > Grades.B, Grades.F < Grades.D, Grades.C >= 3);
out('sorted', [...Grades].sort((a, b) => a - b));
out('list index', ['a', 'b', 'c', 'd', 'e', 'f'][Grades.B]);
out('str', String(Grades.A), `${Grades.A}`, `grade ${Grades.A}`);
out('int', +Grades.B);
out('Grades(5)', Grades.of(5));
out('F is falsy', !+Grades.F);
class Book extends StrEnum {
  static readonly author = new Book('author');
  static readonly title = new Book('title');
}
out('Book.author == author', Book.author == 'author');
out('concat', Book.author + '!', 'by ' + Book.author);
out('upper', String(Book.title).toUpperCase());
out('str', String(Book.title), `${Book.title}`);
out('sorted', [...Book].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
out('Book(title)', Book.of('title'));
