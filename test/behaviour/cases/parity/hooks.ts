// SPEC section 5 (issue 13, bug 4): _numeric_repr_ and _ignore_ are read, not ignored (test_enum.py test_ignore)
import { Flag, IntFlag, Enum, FlagBoundary } from 'tsenum';
import { out } from 'case-helpers';
class Hexy extends Flag {
  static readonly _boundary_ = FlagBoundary.KEEP;
  static readonly _numeric_repr_ = (n: number) => `0x${n.toString(16)}`;
  static readonly A = new Hexy(1);
  static readonly B = new Hexy(2);
}
out('Hexy(17)', Hexy.of(17));
out('Hexy(3)', Hexy.of(3));
out('Hexy(48)', Hexy.of(48));
class Octal extends IntFlag {
  static _numeric_repr_(n: number) {
    return `0o${n.toString(8)}`;
  }
  static readonly R = new Octal(4);
  static readonly W = new Octal(2);
}
out('Octal(14)', Octal.of(14), String(Octal.of(14)));
class Plain extends IntFlag {
  static readonly R = new Plain(4);
}
out('Plain(12)', Plain.of(12));
class Period extends Enum<number> {
  static readonly _ignore_ = ['temp'];
  static readonly DAY = new Period(1);
  static readonly temp = new Period(99);
  static readonly WEEK = new Period(7);
}
out('Period', Period.members(), Period.has(99), Period.tryGet('temp'), [...Period.memberMap().keys()]);
class Spaced extends Enum<number> {
  static readonly _ignore_ = 'x, y';
  static readonly A = new Spaced(1);
  static readonly x = new Spaced(2);
  static readonly y = new Spaced(3);
  static readonly B = new Spaced(4);
}
out('Spaced', Spaced.members(), Spaced.size);
class Auto extends Enum<number> {
  static readonly _ignore_ = ['temp'];
  static readonly DAY = new Auto();
  static readonly temp = new Auto(99);
  static readonly WEEK = new Auto();
}
out('Auto', Auto.members());
class Night extends Enum<number> {
  static readonly _ignore_ = ['temp'];
  static readonly DAY = new Night(1);
  static readonly temp = new Night(5);
  static readonly NIGHT = new Night(5);
}
out('Night', Night.members(), Night.NIGHT.name, Night.of(5));
