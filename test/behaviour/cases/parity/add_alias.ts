// SPEC section 2: Python 3.13's _add_value_alias_ (the MultiValue recipe) and _add_alias_; (test_enum.py test_add_alias, test_add_value_alias_during_creation, test_add_value_alias_after_creation)
// test_enum.py TestSpecial.test_add_alias / test_add_value_alias... style
import { Enum } from 'tsenum';
import { out, raises } from 'case-helpers';
class MV extends Enum {
  static readonly A = new MV(1, 'a', 'one');
  static readonly B = new MV(2, 'b');
  static readonly C = new MV('a');
  constructor(value: unknown, ...values: unknown[]) {
    super(value);
    for (const v of values) this._add_value_alias_(v);
  }
}
out('MV', MV.members(), MV.of('one'), MV.of('a'), MV.C, [...MV.memberMap().keys()], MV.has('b'));
class N extends Enum<number> {
  static readonly A = new N(1);
  static readonly B = new N(2);
}
N.B._add_alias_('two');
out('after', N.get('two'), [...N.memberMap().keys()]);
N.A._add_value_alias_(5);
out('value', N.of(5), N.has(5));
raises('bound value', () => N.A._add_value_alias_(2));
raises('bound name', () => N.A._add_alias_('B'));
out('again', N.A._add_alias_('A'), N.A._add_value_alias_(1));
