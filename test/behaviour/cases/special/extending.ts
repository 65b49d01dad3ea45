// test_enum.py TestSpecial.test_extending / test_extending2 / test_extending3 /
// test_subclass_duplicate_name / test_exclude_methods (each definition is followed by a use:
// without the transformer a check comes no later than the first use)
import { Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary } from 'tsenum';
import { out, r, raises, inspect } from 'case-helpers';
class Color extends Enum {
  static readonly red = new Color(1);
  static readonly green = new Color(2);
  static readonly blue = new Color(3);
}
raises('MoreColor(Color)', () => {
  class MoreColor extends Color {
    static readonly cyan = new MoreColor(4);
    static readonly magenta = new MoreColor(5);
    static readonly yellow = new MoreColor(6);
  }
  return [...MoreColor];
});
class Shade extends Enum {
  shade() {
    return this.name;
  }
}
class Color2 extends Shade {
  static readonly red = new Color2(1);
  static readonly green = new Color2(2);
  static readonly blue = new Color2(3);
}
raises('MoreColor(Color2)', () => {
  class MoreColor extends Color2 {
    static readonly cyan = new MoreColor(4);
    static readonly magenta = new MoreColor(5);
    static readonly yellow = new MoreColor(6);
  }
  return [...MoreColor];
});
out('Color2.red.shade()', Color2.red.shade());
class Color3 extends Shade {
  hex() {
    return `${this.value} hexlified!`;
  }
}
class MoreColor extends Color3 {
  static readonly cyan = new MoreColor(4);
  static readonly magenta = new MoreColor(5);
  static readonly yellow = new MoreColor(6);
}
out('magenta.hex()', MoreColor.magenta.hex(), MoreColor.magenta.shade());
class Base extends Enum {
  test() {}
}
class Test extends Base {
  static readonly test = new Test(1);
}
out('type(Test.test) is Test', Test.test instanceof Test, Test.test);
class whatever extends Enum {
  static readonly this = new whatever('that');
  static readonly these = new whatever('those');
  really() {
    return `no, not ${this.value}`;
  }
}
out('methods are not members', [...whatever], whatever.this.really());
class IntSub extends IntEnum {}
class Sub extends IntSub {
  static readonly A = new Sub(1);
}
out('extending a member-less IntEnum', [...Sub], Sub.A instanceof IntSub);
