// @ts-nocheck -- a shared case body: prefixed by _setup.<form>.ts for each kind (see catalog.ts)
// test_enum.py _EnumTests.test_object_str_override (__str__ = object.__str__, which is
// repr(self) -> a toString that returns the repr; __repr__ -> [util.inspect.custom]): a class's
// own toString is kept, never replaced by the kind's
class Generic extends K {
  static readonly item = new Generic(source_values[2]);
  [inspect.custom]() {
    return `${this.name}.test`;
  }
  toString(): string {
    return inspect(this);
  }
}
out('str', String(Generic.item), `${Generic.item}`);
