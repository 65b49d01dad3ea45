// test_enum.py TestFlag.test_custom_flag_bitwise (`int, Flag` -> IntFlag), test_flag_with_custom_new
// (a constructor computing the value; bit 7, not ord('a') = 97: flag values stop at 2^53, README,
// Differences), TestHelpers.test_iter_bits_lsb (_iter_bits_lsb -> showFlagValues, which is it)
import { Flag, IntFlag, FlagBoundary, showFlagValues } from 'tsenum';
import { out, raises } from 'case-helpers';
class MyIntFlag extends IntFlag {
  static readonly ONE = new MyIntFlag(1);
  static readonly TWO = new MyIntFlag(2);
  static readonly FOUR = new MyIntFlag(4);
}
out('bitwise', MyIntFlag.ONE.or(MyIntFlag.TWO) instanceof MyIntFlag, MyIntFlag.ONE.or(2) instanceof MyIntFlag, MyIntFlag.ONE.or(2));
const C = 7;
{
  class FlagFromChar extends IntFlag {
    constructor(c: number) {
      super(2 ** c);
    }
    static readonly a = new FlagFromChar(C);
  }
  out('IntFlag', FlagFromChar.a, (FlagFromChar.a as unknown) == 128, FlagFromChar.a.or(1), FlagFromChar.a.not(), FlagFromChar.members());
}
{
  class FlagFromChar extends Flag {
    constructor(c: number) {
      super(2 ** c);
    }
    static readonly a = new FlagFromChar(C);
    static readonly z = new FlagFromChar(1);
  }
  out('Flag', FlagFromChar.a.value, FlagFromChar.a.or(FlagFromChar.z).value, FlagFromChar.a.not(), FlagFromChar.z.not(), FlagFromChar.members());
}
{
  class FlagFromChar extends IntFlag {
    static readonly _boundary_ = FlagBoundary.KEEP;
    constructor(c: number) {
      super(2 ** c);
    }
    static readonly a = new FlagFromChar(C);
  }
  out('KEEP', FlagFromChar.a, FlagFromChar.a.or(1), FlagFromChar.a.or(1).value);
}
out('iter bits lsb', showFlagValues(7), showFlagValues(0), showFlagValues(2 ** 40 + 1));
raises('iter bits lsb -8', () => showFlagValues(-8));
