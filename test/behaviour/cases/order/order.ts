// test_enum.py TestOrder (every test, test_enum_has_extra_members and
// test_enum_has_extra_members_with_aliases among them; without the transformer the check comes no later than
// the first use, so each class is used once)
// (test_same_members, test_same_members_with_aliases, test_same_members_wrong_order,
// test_order_has_extra_members, test_order_has_extra_members_with_aliases)
import { Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary } from 'tsenum';
import { out, r, raises, inspect } from 'case-helpers';
raises('same members', () => {
  class Color extends Enum {
    static readonly _order_ = 'red green blue';
    static readonly red = new Color(1);
    static readonly green = new Color(2);
    static readonly blue = new Color(3);
  }
  return [...Color];
});
raises('same members with aliases', () => {
  class Color extends Enum {
    static readonly _order_ = 'red green blue';
    static readonly red = new Color(1);
    static readonly green = new Color(2);
    static readonly blue = new Color(3);
    static readonly verde = Color.green;
  }
  return [...Color];
});
raises('same members wrong order', () => {
  class Color extends Enum {
    static readonly _order_ = 'red green blue';
    static readonly red = new Color(1);
    static readonly blue = new Color(3);
    static readonly green = new Color(2);
  }
  return [...Color];
});
raises('order has extra members', () => {
  class Color extends Enum {
    static readonly _order_ = 'red green blue purple';
    static readonly red = new Color(1);
    static readonly green = new Color(2);
    static readonly blue = new Color(3);
  }
  return [...Color];
});
raises('order has extra members with aliases', () => {
  class Color extends Enum {
    static readonly _order_ = 'red green blue purple';
    static readonly red = new Color(1);
    static readonly green = new Color(2);
    static readonly blue = new Color(3);
    static readonly verde = Color.green;
  }
  return [...Color];
});
raises('enum has extra members', () => {
  class Color extends Enum {
    static readonly _order_ = 'red green blue';
    static readonly red = new Color(1);
    static readonly green = new Color(2);
    static readonly blue = new Color(3);
    static readonly purple = new Color(4);
  }
  return [...Color];
});
raises('enum has extra members with aliases', () => {
  class Color extends Enum {
    static readonly _order_ = 'red green blue';
    static readonly red = new Color(1);
    static readonly green = new Color(2);
    static readonly blue = new Color(3);
    static readonly purple = new Color(4);
    static readonly verde = Color.green;
  }
  return [...Color];
});
