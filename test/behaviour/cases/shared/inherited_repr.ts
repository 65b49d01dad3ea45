// @ts-nocheck -- a shared case body: prefixed by _setup.<form>.ts for each kind (see catalog.ts)
// test_enum.py _EnumTests.test_inherited_repr
class MyEnum extends K {
  [inspect.custom]() {
    return `My name is ${this.name}.`;
  }
}
class MySubEnum extends MyEnum {
  static readonly this = new MySubEnum();
  static readonly that = new MySubEnum();
  static readonly theother = new MySubEnum();
}
out('repr', inspect(MySubEnum.that));
