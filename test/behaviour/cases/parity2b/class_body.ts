// test_enum.py TestSpecial.test_nested_classes_in_enum_are_not_members /
// test_nested_classes_in_enum_with_nonmember (a static class is never a member: no
// nonmember() needed), test_private_variable_is_normal_attribute (__x -> static #x),
// test_subclass_duplicate_name_dynamic (DynamicClassAttribute / enum.property -> an instance
// getter: statics and instance properties never collide in JavaScript),
// test_enum_of_types_with_nonmember and test_using_members_as_nonmember (nonmember(x) -> a
// static that is not an instance, SPEC section 2; the auto() | auto() half has no form),
// test_multiple_inherited_mixin (@unique through a member-less StrEnum subclass),
// test_ordered_mixin (__lt__ & co. -> [Symbol.toPrimitive]: JavaScript orders by it),
// test_dynamic_members_with_static_methods (vars().update() in the body -> the functional form
// on a base with the method)
import { Enum, StrEnum, Flag, unique } from 'tsenum';
import { out, raises } from 'case-helpers';

class Outer extends Enum<number> {
  static readonly a = new Outer(1);
  static readonly b = new Outer(2);
  static readonly Inner = class Inner extends Enum<number> {
    static readonly foo = new Inner(10);
    static readonly bar = new Inner(11);
  };
}
out('nested class', typeof Outer.Inner === 'function', Outer.a.value, Outer.Inner.foo.value, [...Outer.Inner], [...Outer]);

class Private extends Enum {
  static #corporal = 'Radar';
  static #major_ = 'Hoolihan';
  static ranks(): string[] {
    return [Private.#corporal, Private.#major_];
  }
}
out('private', Private.size, Private.ranks());

class Base extends Enum<number> {
  get test(): string {
    return 'dynamic';
  }
}
class Test extends Base {
  static readonly test = new Test(1);
}
class Base2 extends Enum<number> {
  get flash(): string {
    return 'flashy dynamic';
  }
}
class Test2 extends Base2 {
  static readonly flash = new Test2(1);
}
out('duplicate name dynamic', Test.test.test, Test.test.value, Test2.flash.flash, Test2.flash.value);

class MyTypes extends Enum<unknown> {
  static readonly i = new MyTypes(Number);
  static readonly f = Number;
  static readonly s = new MyTypes(String);
}
class Foo {}
class Bar {}
class MyTypes2 extends Enum<unknown> {
  static readonly a = new MyTypes2(Foo);
  static readonly b = Bar;
}
class SpamEnumIsInner {}
class SpamEnum extends Enum {
  static readonly spam = SpamEnumIsInner;
}
out('types with nonmember', MyTypes.i.value === Number, MyTypes.f === Number, MyTypes.s.value === String, MyTypes.members().map((m) => m.name));
out('types2', MyTypes2.a.value === Foo, MyTypes2.b === Bar, MyTypes2.size, SpamEnum.spam === SpamEnumIsInner, SpamEnum.size);

class Example extends Flag {
  static readonly A = new Example(1);
  static readonly B = new Example(2);
  static readonly ALL = 1 | 2;
}
out('members as nonmember', Example.A.value, Example.B.value, Example.ALL, typeof Example.ALL === 'number', [...Example]);

raises('multiple inherited mixin', () => {
  @unique
  class Decision1 extends StrEnum {
    static readonly REVERT = new Decision1('REVERT');
    static readonly REVERT_ALL = new Decision1('REVERT_ALL');
    static readonly RETRY = new Decision1('RETRY');
  }
  class MyEnum extends StrEnum {}
  @unique
  class Decision2 extends MyEnum {
    static readonly REVERT = new Decision2('REVERT');
    static readonly REVERT_ALL = new Decision2('REVERT_ALL');
    static readonly RETRY = new Decision2('RETRY');
  }
  return [[...Decision1], [...Decision2]];
});

class OrderedEnum extends Enum<number> {
  [Symbol.toPrimitive](): number {
    return this.value;
  }
}
class Grade extends OrderedEnum {
  static readonly A = new Grade(5);
  static readonly B = new Grade(4);
  static readonly C = new Grade(3);
  static readonly D = new Grade(2);
  static readonly F = new Grade(1);
}
const [A, B, C, D, F] = [Grade.A, Grade.B, Grade.C, Grade.D, Grade.F] as unknown as number[];
out('ordered mixin', A! > B!, F! <= C!, D! < A!, B! >= B!, Grade.B === Grade.B, Grade.C !== Grade.D);

class FooBase extends Enum<string> {
  upper(): string {
    return this.value.toUpperCase();
  }
}
const fooDefines = { FOO_CAT: 'aloof', BAR_DOG: 'friendly', FOO_HORSE: 'big' };
const fooEntries = Object.entries(fooDefines).filter(([k]) => k.startsWith('FOO_'));
const FooE = FooBase.create('Foo', fooEntries);
out('dynamic members', [...FooE], FooE.get('FOO_CAT').value, FooE.get('FOO_HORSE').upper());
raises('dynamic members: FOO_CAT twice', () => FooBase.create('FooBar', [...fooEntries, ['FOO_CAT', 'small']]).members());
