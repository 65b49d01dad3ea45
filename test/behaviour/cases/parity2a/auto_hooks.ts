// test_enum.py TestInternals.test_auto_order (a hook defined after auto() members is a TypeError;
// TypeScript: a static field, since a static method exists before any member), test_auto_order_wierd
// (the hook after a member with a plain value is fine; tsenum's auto() has no settable .value);
// TestSpecial.test_duplicate_values_give_unique_enum_items, test_inherited_new_from_enhanced_enum,
// test_inherited_new_from_mixed_enum (__new__ computing len(cls.__members__) + 1 -> the
// _generate_next_value_ hook's count + 1, and __int__ -> valueOf)
import { Enum, IntEnum } from 'tsenum';
import { out, raises } from 'case-helpers';
raises('auto order', () => {
  class Color extends Enum {
    static readonly red = new Color();
    static readonly green = new Color();
    static readonly blue = new Color();
    static readonly _generate_next_value_ = (name: string) => name;
  }
  return Color.members();
});
{
  class Color extends Enum {
    static readonly red = new Color('pathological case');
    static readonly _generate_next_value_ = (name: string) => name;
    static readonly blue = new Color();
  }
  out('auto order wierd', Color.members(), Color.red.value, Color.blue.value);
}
{
  class AutoNumber extends Enum<number> {
    static _generate_next_value_(_name: string, _start: number, count: number) {
      return count + 1;
    }
    static readonly first = new AutoNumber();
    static readonly second = new AutoNumber();
    static readonly third = new AutoNumber();
    valueOf(): number {
      return this.value;
    }
  }
  out('unique items', AutoNumber.members(), +AutoNumber.second, AutoNumber.third.value, AutoNumber.of(1) === AutoNumber.first);
}
{
  class AutoNumber extends Enum<number> {
    static _generate_next_value_(_name: string, _start: number, count: number) {
      return count + 1;
    }
    valueOf(): number {
      return this.value;
    }
  }
  class Color extends AutoNumber {
    static readonly red = new Color();
    static readonly green = new Color();
    static readonly blue = new Color();
  }
  out('enhanced', Color.members(), Color.members().map(Number));
}
{
  class AutoNumber extends IntEnum {
    static _generate_next_value_(_name: string, _start: number, count: number) {
      return count + 1;
    }
  }
  class Color extends AutoNumber {
    static readonly red = new Color();
    static readonly green = new Color();
    static readonly blue = new Color();
  }
  out('mixed', Color.members(), Color.members().map(Number));
}
