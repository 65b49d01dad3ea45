// SPEC section 7 (issue 13, bug 6): showFlagValues is Python's enum.show_flag_values, and the
// NAMED_FLAGS message names it
import { Flag, IntFlag, showFlagValues, verify, NAMED_FLAGS } from 'tsenum';
import { out, raises } from 'case-helpers';
class Perm extends Flag {
  static readonly R = new Perm(4);
  static readonly W = new Perm(2);
  static readonly X = new Perm(1);
  static readonly RWX = new Perm(7);
}
out('13', showFlagValues(13));
out('0', showFlagValues(0));
out('RWX', showFlagValues(Perm.RWX));
out('R|X', showFlagValues(Perm.R.or(Perm.X)));
out('2 ** 40 + 2', showFlagValues(2 ** 40 + 2));
raises('-1', () => showFlagValues(-1));
raises('named flags', () => {
  class Bits extends IntFlag {
    static readonly A = new Bits(1);
    static readonly B = new Bits(2);
    static readonly ALL = new Bits(7);
  }
  verify(NAMED_FLAGS)(Bits);
  return Bits.A;
});
