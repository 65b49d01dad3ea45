// SPEC section 2 (an audit of the package against it): `new X()` through a constructor of the
// user's is an auto value (`super(v)` with no `v`), as `A = auto()` is in Python; `_add_alias_`
// of a bound name after the class body is an error at the call in every mode (Python's
// NameError), and `_order_` on a class with no members is checked (CPython's TypeError).
import { Enum, UNIQUE, verify } from 'tsenum';
import { out, raises } from 'case-helpers';
class Forwarded extends Enum<number> {
  static readonly A = new Forwarded();
  static readonly B = new Forwarded();
  static readonly C = new Forwarded(10);
  static readonly D = new Forwarded();
  constructor(value?: number) {
    super(value);
  }
}
out('new X() through a constructor', Forwarded.members(), Forwarded.A === Forwarded.B);
class Bound extends Enum<number> {
  static readonly A = new Bound(1);
  static readonly B = new Bound(2);
}
raises('_add_alias_ of a bound name', () => Bound.A._add_alias_('B'));
out('after it', Bound.members(), [...Bound.memberMap().keys()]);
raises('_order_ with no members', () => {
  class Empty extends Enum {
    static readonly _order_ = 'A';
  }
  return Empty.members();
});
raises('verify on a class that is not an enum', () => {
  class Plain {}
  return verify(UNIQUE)(Plain);
});
