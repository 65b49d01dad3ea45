// SPEC section 2: members, the class's member properties and the value table are frozen
// (TypeError in strict code), no later than the first use; unlike Python, a member's own
// attributes are frozen too. Flag composites are frozen singletons as well (section 7).
import { Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary } from 'tsenum';
import { out, r, raises, mentions, inspect } from 'case-helpers';
class Color extends Enum<number> {
  static readonly RED = new Color(1);
  static readonly GREEN = new Color(2);
}
out('first use', Color.RED.name);
raises('Color.RED = ...', () => {
  (Color as any).RED = Color.GREEN;
});
raises('Color.RED.value = ...', () => {
  (Color.RED as any).value = 5;
});
raises('Color.RED.name = ...', () => {
  (Color.RED as any).name = 'BLUE';
});
raises('Color.RED.extra = ...', () => {
  (Color.RED as any).extra = 1;
});
raises('Color.PURPLE = ... (adding a member)', () => {
  (Color as any).PURPLE = Color.RED;
});
raises('delete Color.GREEN', () => {
  delete (Color as any).GREEN;
});
out('unchanged', [...Color], Color.RED.value, Color.RED.name, Color.of(1) === Color.RED, (Color as any).PURPLE);
out('frozen', Object.isFrozen(Color.RED), Object.isFrozen(Color.GREEN));
class Perm extends Flag {
  static readonly R = new Perm(4);
  static readonly W = new Perm(2);
  static readonly X = new Perm(1);
}
const RW = Perm.R.or(Perm.W);
out('composite frozen', Object.isFrozen(RW), RW === Perm.of(6), RW === Perm.W.or(Perm.R), Perm.of(6) === Perm.of(6));
raises('composite.value = ...', () => {
  (RW as any).value = 7;
});
out('composite', RW, RW.name, RW.value);
class Later extends Enum<number> {
  static readonly A = new Later(1);
}
out('freezing no later than the first use: member read', Later.A.value);
raises('Later.A = ... after the first use', () => {
  (Later as any).A = 2;
});
// The user's other statics stay theirs to change, as in Python (`Color.describe = ...` works
// there; only members are read-only): a class with statics besides its members is not frozen
// as a whole.
class Tool extends Enum<number> {
  static readonly HAMMER = new Tool(1);
  static readonly SAW = new Tool(2);
  static uses = 0;
  static describe(): string {
    return 'tools';
  }
}
out('first use, with other statics', Tool.SAW.name);
(Tool as any).describe = () => 'changed';
Tool.uses = 2;
out('other statics reassigned', Tool.describe(), Tool.uses);
raises('Tool.HAMMER = ... beside other statics', () => {
  (Tool as any).HAMMER = Tool.SAW;
});
raises('Tool.DRILL = ... (adding a member) beside other statics', () => {
  (Tool as any).DRILL = Tool.SAW;
});
// An alias by value in a class with its own constructor is a throwaway object until the
// first use (SPEC section 2's exception); then its static holds the member, read-only.
class Size extends Enum<number> {
  static readonly SMALL = new Size(1);
  static readonly LITTLE = new Size(1);
  constructor(value: number) {
    super(value);
  }
}
out('alias after the first use', Size.SMALL.name, Size.LITTLE === Size.SMALL, Size.LITTLE.name);
raises('Size.LITTLE = ...', () => {
  (Size as any).LITTLE = Size.SMALL;
});
const Animal = Enum.create('Animal', 'ANT BEE');
out('create', Animal.BEE.value, Object.keys(Animal));
raises('Animal.ANT = ...', () => {
  (Animal as any).ANT = Animal.BEE;
});
raises('Animal.CAT = ... (adding a member)', () => {
  (Animal as any).CAT = Animal.BEE;
});
