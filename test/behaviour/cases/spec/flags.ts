// SPEC section 7: flags. Combinations are singletons named 'R|W' with repr <Perm.R|W: 6>; a
// named combination keeps its name; zero is <Perm: 0>; members() and iteration list the
// canonical single-bit members; named combinations and a named zero are in memberMap() and
// get(); a.size is len(a); [...a]; isEmpty() is Python's `not a`; or() takes several.
import { Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary } from 'tsenum';
import { out, r, raises, mentions, inspect } from 'case-helpers';
class Perm extends Flag {
  static readonly R = new Perm(4);
  static readonly W = new Perm(2);
  static readonly X = new Perm(1);
  static readonly NONE = new Perm(0);
  static readonly RWX = new Perm(7);
}
const RW = Perm.R.or(Perm.W);
out('R|W', RW, RW.name, String(RW), RW === Perm.of(6), RW === Perm.W.or(Perm.R));
out('RWX', Perm.R.or(Perm.W, Perm.X), Perm.R.or(Perm.W, Perm.X) === Perm.RWX, Perm.RWX.name);
out('zero', Perm.NONE, Perm.of(0) === Perm.NONE, Perm.R.and(Perm.W) === Perm.NONE);
out('members()', Perm.members(), Perm.size, [...Perm]);
out('memberMap', [...Perm.memberMap().keys()], Perm.get('RWX'), Perm.get('NONE'));
out('size', RW.size, Perm.RWX.size, Perm.NONE.size);
out('spread', [...RW], [...Perm.RWX], [...Perm.NONE]);
out('isEmpty', Perm.NONE.isEmpty(), RW.isEmpty(), Perm.R.xor(Perm.R).isEmpty());
out('not', Perm.R.not(), Perm.RWX.not(), Perm.NONE.not());
out('has', RW.has(Perm.R), RW.has(Perm.X), Perm.RWX.has(RW), RW.has(Perm.NONE));
class Unnamed extends Flag {
  static readonly A = new Unnamed(1);
  static readonly B = new Unnamed(2);
}
out('unnamed zero', Unnamed.of(0), String(Unnamed.of(0)), Unnamed.A.and(Unnamed.B).name);
class Keep extends IntFlag {
  static readonly R = new Keep(4);
  static readonly W = new Keep(2);
  static readonly X = new Keep(1);
}
out('KEEP', Keep.of(12), Keep.of(12).value, Keep.R.or(8), String(Keep.of(12)));
class Eject extends Flag {
  static readonly _boundary_ = FlagBoundary.EJECT;
  static readonly A = new Eject(1);
}
out('EJECT', Eject.of(3), typeof Eject.of(3), Eject.of(1));
class Conform extends Flag {
  static readonly _boundary_ = FlagBoundary.CONFORM;
  static readonly A = new Conform(1);
  static readonly B = new Conform(2);
}
out('CONFORM', Conform.of(7), Conform.of(8));
const Fn = Flag.create('Fn', 'A B C', { boundary: FlagBoundary.KEEP });
out('functional boundary', Fn.of(9), Fn.members());
