// test_enum.py TestInternals: test_auto_number, test_auto_name, test_auto_name_inherit,
// test_auto_garbage_fail, test_auto_garbage_corrected_fail, test_auto_with_aliases,
// (test_auto_garbage_ok and test_auto_garbage_corrected_ok are skipped on 3.13: their classes are
// the two _fail tests' ones, whose 3.13 outcome is printed here),
// test_duplicate_auto; plus SPEC section 2's examples of the 3.13 default (5, 2, auto() -> 6)
import { Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary } from 'tsenum';
import { out, r, raises, inspect } from 'case-helpers';
{
  class Color extends Enum {
    static readonly red = new Color(auto());
    static readonly blue = new Color(auto());
    static readonly green = new Color(auto());
  }
  out('auto number', [...Color], Color.members().map((m) => m.value));
}
{
  class Color extends Enum {
    static _generate_next_value_(name: string, start: number, count: number, last: unknown[]) {
      return name;
    }
    static readonly red = new Color();
    static readonly blue = new Color();
    static readonly green = new Color();
  }
  out('auto name', [...Color], Color.members().map((m) => m.value));
}
{
  class AutoNameEnum extends Enum {
    static _generate_next_value_(name: string, start: number, count: number, last: unknown[]) {
      return name;
    }
  }
  class Color extends AutoNameEnum {
    static readonly red = new Color();
    static readonly blue = new Color();
    static readonly green = new Color();
  }
  out('auto name inherit', [...Color], Color.members().map((m) => m.value));
}
raises('auto garbage fail', () => {
  class Color extends Enum {
    static readonly red = new Color('red');
    static readonly blue = new Color();
  }
  Color.members();
});
raises('auto garbage corrected fail', () => {
  class Color extends Enum {
    static readonly red = new Color('red');
    static readonly blue = new Color(2);
    static readonly green = new Color();
  }
  Color.members();
});
{
  class Color extends Enum {
    static readonly red = new Color();
    static readonly blue = new Color();
    static readonly oxford = Color.blue;
    static readonly crimson = Color.red;
    static readonly green = new Color();
  }
  out('auto with aliases', Color.crimson === Color.red, Color.oxford === Color.blue, Color.green !== Color.red, Color.green !== Color.blue, Color.green);
}
{
  class Dupes extends Enum {
    static readonly first = new Dupes();
    static readonly primero = Dupes.first;
    static readonly second = new Dupes();
    static readonly third = new Dupes();
  }
  out('duplicate auto', [...Dupes], Dupes.primero === Dupes.first);
}
{
  class Highest extends Enum {
    static readonly A = new Highest(5);
    static readonly B = new Highest(2);
    static readonly C = new Highest();
  }
  out('5, 2, auto()', [...Highest]);
}
{
  class Nums extends IntEnum {
    static readonly A = new Nums();
    static readonly B = new Nums(10);
    static readonly C = new Nums();
  }
  out('IntEnum auto', [...Nums]);
}
{
  class Strs extends StrEnum {
    static readonly Alpha = new Strs();
    static readonly BETA_GAMMA = new Strs();
    static readonly delta = new Strs('D');
    static readonly epsilon = new Strs(auto());
  }
  out('StrEnum auto', [...Strs]);
}
{
  class Bits extends Flag {
    static readonly A = new Bits();
    static readonly B = new Bits(8);
    static readonly C = new Bits();
  }
  out('Flag auto', [...Bits]);
}
{
  class IBits extends IntFlag {
    static readonly A = new IBits();
    static readonly B = new IBits(3);
    static readonly C = new IBits();
  }
  out('IntFlag auto', [...IBits], IBits.B);
}
{
  const calls: unknown[] = [];
  class Recorded extends Enum {
    static _generate_next_value_(name: string, start: number, count: number, lastValues: unknown[]) {
      calls.push([name, start, count, [...lastValues]]);
      return (count + 1) * 10;
    }
    static readonly A = new Recorded();
    static readonly B = new Recorded(7);
    static readonly C = new Recorded();
    static readonly D = new Recorded();
  }
  const members = [...Recorded];
  out('gnv calls', calls);
  out('Recorded', members);
}
{
  const Fn = Enum.create('Fn', 'A B C', { start: 5 });
  out('functional start', [...Fn]);
}
{
  class Base extends Enum {
    static _generate_next_value_(name: string, start: number, count: number, lastValues: unknown[]) {
      return `${name.toLowerCase()}!`;
    }
  }
  const Lower = Base.create('Lower', 'ONE TWO');
  out('functional with inherited gnv', [...Lower]);
}
