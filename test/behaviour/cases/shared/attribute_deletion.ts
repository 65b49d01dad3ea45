// @ts-nocheck -- a shared case body: prefixed by _setup.<form>.ts for each kind (see catalog.ts)
// test_enum.py _EnumTests.test_attribute_deletion (the member parts)
class Season extends K {
  static readonly SPRING = new Season();
  static readonly SUMMER = new Season();
  static readonly AUTUMN = new Season();
}
out('len', Season.size);
raises('del Season.SPRING', () => {
  delete Season.SPRING;
});
out('SPRING', Season.SPRING);
try {
  delete Season.SPRING.name;
} catch {}
out('SPRING.name', Season.SPRING.name);
