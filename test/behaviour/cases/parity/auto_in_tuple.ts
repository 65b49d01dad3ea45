// SPEC section 2 (issue 13, bug 1): auto() inside an array value (Python's `A = auto(), 'x'`) (test_enum.py test_multiple_auto_on_line)
// and beside a constructor's other arguments; test_enum.py test_auto_in_tuple... style.
import { Enum, auto } from 'tsenum';
import { out } from 'case-helpers';
class T extends Enum {
  static readonly A = new T([auto(), 'first']);
  static readonly B = new T([auto(), 'second']);
  static readonly C = new T();
}
out('T', T.members());
class S extends Enum {
  static readonly A = new S([1, auto()]);
  static readonly B = new S(5);
  static readonly C = new S([auto(), auto()]);
}
out('S', S.members());
class Lab extends Enum {
  static readonly X = new Lab(auto(), 'a');
  static readonly Y = new Lab(auto(), 'b');
  constructor(
    value: unknown,
    readonly label: string,
  ) {
    super(value);
  }
}
out('Lab', Lab.members(), Lab.X.label, Lab.Y.label, Lab.of(2));
class Hooked extends Enum {
  static _generate_next_value_(name: string, _start: number, count: number) {
    return `${name.toLowerCase()}${count}`;
  }
  static readonly A = new Hooked([auto(), 1]);
  static readonly B = new Hooked([auto(), 2]);
}
out('Hooked', Hooked.members());
class Same extends Enum {
  static readonly A = new Same([auto(), 'x']);
  static readonly B = new Same([1, 'x']);
}
out('Same', Same.B === Same.A, Same.members(), [...Same.memberMap().keys()]);
const F = Enum.create('F', [
  ['A', [auto(), 'x']],
  ['B', [auto(), auto()]],
]);
out('F', F.members());
