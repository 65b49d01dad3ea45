// @ts-nocheck -- a shared case body: prefixed by _setup.<form>.ts for each kind (see catalog.ts)
// test_enum.py _EnumTests.test_dir_with_added_behavior ('x' in dir(o) -> 'x' in o: a method
// is on the members, not on the class)
class Test extends K {
  static readonly this = new Test(auto());
  static readonly these = new Test(auto());
  wowser(): string {
    return `Wowser! I'm ${this.name}!`;
  }
}
out('wowser', 'wowser' in Test, 'wowser' in Test.this, Test.this.wowser());
