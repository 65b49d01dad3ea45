// @ts-nocheck -- a shared case body: prefixed by _setup.<form>.ts for each kind (see catalog.ts)
// test_enum.py _EnumTests.test_repr_override (__repr__ -> [util.inspect.custom])
class Generic extends K {
  static readonly first = new Generic();
  static readonly second = new Generic();
  static readonly third = new Generic();
  [inspect.custom]() {
    return `don't you just love shades of ${this.name}?`;
  }
}
out('repr', inspect(Generic.third));
