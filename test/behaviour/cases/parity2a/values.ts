// test_enum.py TestSpecial.test_enum_of_types (classes as values), test_enum_with_value_name
// (a member called `value`; one called `name` is reserved in tsenum: README, Differences),
// test_conflicting_types_resolved_in_new (an IntEnum base whose constructor takes a label),
// test_flufl_enum (a member-less base's __int__ -> valueOf), test_init_exception (its second
// class: an error raised while making the value propagates; the first needs a data-type mixin),
// TestEmptyAndNonLatinStrings.test_empty_string, TestSpecial.test_duplicate_name_error
// (functional form; two statics of one name are compile-time checks, TS24001 / TS24002)
import { Enum, IntEnum } from 'tsenum';
import { out, raises } from 'case-helpers';
class MyTypes extends Enum<Function> {
  static readonly i = new MyTypes(Number);
  static readonly f = new MyTypes(Math);
  static readonly s = new MyTypes(String);
}
out('types', MyTypes.i.value === Number, (MyTypes.f.value as unknown) === Math, MyTypes.s.value === String, MyTypes.members().map((m) => m.name));
class Foo {}
class Bar {}
class MyTypes2 extends Enum<Function> {
  static readonly a = new MyTypes2(Foo);
  static readonly b = new MyTypes2(Bar);
}
out('classes', MyTypes2.a.value === Foo, MyTypes2.b.value === Bar, MyTypes2.of(Foo) === MyTypes2.a);
class Huh extends Enum<number> {
  static readonly one = new Huh(1);
  static readonly value = new Huh(2);
}
out('value name', Huh.members(), Huh.value instanceof Huh, Huh.value.name, Huh.value.value, Huh.get('value'), Huh.of(2));
class LabelledIntEnum extends IntEnum {
  constructor(
    value: number,
    readonly label: string,
  ) {
    super(value);
  }
}
class LabelledList extends LabelledIntEnum {
  static readonly unprocessed = new LabelledList(1, 'Unprocessed');
  static readonly payment_complete = new LabelledList(2, 'Payment Complete');
}
out('labelled', LabelledList.members(), (LabelledList.unprocessed as unknown) == 1, LabelledList.of(1) === LabelledList.unprocessed, LabelledList.payment_complete.label);
class Fluflnum extends Enum<number> {
  valueOf(): number {
    return Math.trunc(this.value);
  }
}
class MailManOptions extends Fluflnum {
  static readonly option1 = new MailManOptions(1);
  static readonly option2 = new MailManOptions(2);
  static readonly option3 = new MailManOptions(3);
}
out('flufl', Number(MailManOptions.option1), MailManOptions.members().map(Number));
function base(x: string): never {
  throw new RangeError(`I don't like ${x}`);
}
raises('init exception', () => {
  class MyEnum extends Enum {
    static readonly A = new MyEnum('a');
    constructor(value: string) {
      super(base(value));
    }
  }
  return MyEnum.members();
});
raises('empty string', () => Enum.create('empty_abc', ['', 'B', 'C']).members());
raises('duplicate name', () =>
  Enum.create('Color', [
    ['red', 1],
    ['green', 2],
    ['blue', 3],
    ['red', 4],
  ]).members(),
);
raises('duplicate name string', () => Enum.create('Color', 'red green blue red').members());
