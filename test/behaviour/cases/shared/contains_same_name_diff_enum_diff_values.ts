// @ts-nocheck -- a shared case body: prefixed by _setup.<form>.ts for each kind (see catalog.ts)
// test_enum.py _EnumTests.test_contains_same_name_diff_enum_diff_values
class OtherEnum extends Enum {
  static readonly first = new OtherEnum('brand');
  static readonly second = new OtherEnum('new');
  static readonly third = new OtherEnum('values');
}
const mains = [MainEnum.first, MainEnum.second, MainEnum.third];
const others = [OtherEnum.first, OtherEnum.second, OtherEnum.third];
out('Main in Main', mains.map((m) => MainEnum.has(m)));
out('Main in Other', mains.map((m) => OtherEnum.has(m)));
out('Other in Other', others.map((m) => OtherEnum.has(m)));
out('Other in Main', others.map((m) => MainEnum.has(m)));
