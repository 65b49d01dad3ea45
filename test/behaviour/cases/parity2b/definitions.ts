// test_enum.py TestSpecial.test_no_duplicates (a constructor of its own reads the members so
// far, SPEC section 2; its message leaves out self.name, unknown there without a host),
// TestSpecial.test_nonhash_value (__new__'s value from len(cls.__members__) ->
// _generate_next_value_'s count: before super() no member is being constructed yet),
// TestSpecial.test_programmatic_function_is_value_call (TwoPart((1, 1.0)) -> of([1, 1]);
// the multi-argument call TwoPart(1, 1.0) has no form: SPEC section 4's of takes one value),
// TestSpecial.test_string_enum ((str, Enum) -> StrEnum), TestSpecial.test_subclassing (the
// module's Name; pickling left out), Test{Int,Str}Enum{Class,Function}.test_shadowed_attr (the
// names are members; int's numerator, str's title() and a member reached from a member are
// not there: README "Differences from Python"), OldTestFlag.test_unique_composite and
// OldTestIntFlag.test_unique_composite (one thread: JavaScript shares no objects between threads)
import { Enum, IntEnum, StrEnum, Flag, IntFlag, auto } from 'tsenum';
import { out, raises } from 'case-helpers';

class UniqueEnum extends Enum<number> {
  constructor(value: number) {
    super(value);
    const cls = this.constructor as typeof UniqueEnum;
    if (cls.members().some((e) => e.value === this.value)) {
      throw new RangeError(`aliases not allowed in UniqueEnum: ${this.value} --> '${cls.of(this.value).name}'`);
    }
  }
}
raises('no duplicates: clean', () => {
  class Color extends UniqueEnum {
    static readonly red = new Color(1);
    static readonly green = new Color(2);
    static readonly blue = new Color(3);
  }
  return Color.members();
});
raises('no duplicates: grene', () => {
  class Color extends UniqueEnum {
    static readonly red = new Color(1);
    static readonly green = new Color(2);
    static readonly blue = new Color(3);
    static readonly grene = new Color(2);
  }
  return Color.members();
});

class AutoNumberInAList extends Enum<number[]> {
  static _generate_next_value_(_name: string, _start: number, count: number): number[] {
    return [count + 1];
  }
}
class ColorInAList extends AutoNumberInAList {
  static readonly red = new ColorInAList();
  static readonly green = new ColorInAList();
  static readonly blue = new ColorInAList();
}
const inList = ColorInAList.members();
out('nonhash list', inList.length, inList[0] === ColorInAList.red && inList[1] === ColorInAList.green && inList[2] === ColorInAList.blue);
inList.forEach((e, i) => out(' ', e.name, e.value, ColorInAList.of([i + 1]) === e));

class TwoPart extends Enum<readonly [number, number]> {
  static readonly ONE = new TwoPart([1, 1.0]);
  static readonly TWO = new TwoPart([2, 2.0]);
  static readonly THREE = new TwoPart([3, 3.0]);
}
raises('TwoPart(1)', () => TwoPart.of(1 as never));
out('TwoPart((1, 1.0))', TwoPart.of([1, 1.0]) === TwoPart.ONE);
class ThreePart extends Enum<readonly [number, number, string]> {
  static readonly ONE = new ThreePart([1, 1.0, 'one']);
  static readonly TWO = new ThreePart([2, 2.0, 'two']);
  static readonly THREE = new ThreePart([3, 3.0, 'three']);
}
out('ThreePart((3, 3.0, three))', ThreePart.of([3, 3.0, 'three']) === ThreePart.THREE);

class SkillLevel extends StrEnum {
  static readonly master = new SkillLevel('what is the sound of one hand clapping?');
  static readonly journeyman = new SkillLevel('why did the chicken cross the road?');
  static readonly apprentice = new SkillLevel('knock, knock!');
}
// Python's == between a str-mixed member and a str: loose equality converts the member
out('string enum', SkillLevel.apprentice == ('knock, knock!' as never), SkillLevel.apprentice);

class Name extends StrEnum {
  static readonly BDFL = new Name('Guido van Rossum');
  static readonly FLUFL = new Name('Barry Warsaw');
}
out('subclassing', Name.BDFL == ('Guido van Rossum' as never), Name.of('Guido van Rossum') === Name.BDFL, Name.get('BDFL') === Name.BDFL);

class Number_ extends IntEnum {
  static readonly divisor = new Number_(1);
  static readonly numerator = new Number_(2);
}
const NumberF = IntEnum.create('Number', ['divisor', 'numerator']);
class Book extends StrEnum {
  static readonly author = new Book('author');
  static readonly title = new Book('title');
}
const BookF = StrEnum.create('Book', ['author', 'title']);
out('shadowed attr IntEnum', Number_.divisor.value, Number_.numerator.value, NumberF.divisor.value, NumberF.numerator.value);
out('shadowed attr StrEnum', Book.author.value, Book.title.value, BookF.author.value, BookF.title.value);

class TestFlag extends Flag {
  static readonly one = new TestFlag(auto());
  static readonly two = new TestFlag(auto());
  static readonly three = new TestFlag(auto());
  static readonly four = new TestFlag(auto());
  static readonly five = new TestFlag(auto());
  static readonly six = new TestFlag(auto());
  static readonly seven = new TestFlag(auto());
  static readonly eight = new TestFlag(auto());
}
class TestIntFlag extends IntFlag {
  static readonly one = new TestIntFlag(auto());
  static readonly two = new TestIntFlag(auto());
  static readonly three = new TestIntFlag(auto());
  static readonly four = new TestIntFlag(auto());
  static readonly five = new TestIntFlag(auto());
  static readonly six = new TestIntFlag(auto());
  static readonly seven = new TestIntFlag(auto());
  static readonly eight = new TestIntFlag(auto());
}
for (const F of [TestFlag, TestIntFlag] as const) {
  // Python's __eq__ is identity there: a Set compares by identity
  const seen = new Set<unknown>();
  for (let i = 0; i < 256; i++) seen.add(F.of(i));
  for (let i = 0; i < 256; i++) seen.add(F.of(i));
  out('unique composite', seen.size, F.of(255) === F.of(255));
}
