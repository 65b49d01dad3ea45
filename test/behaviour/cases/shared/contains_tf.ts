// @ts-nocheck -- a shared case body: prefixed by _setup.<form>.ts for each kind (see catalog.ts)
// test_enum.py _EnumTests.test_contains_tf ('x in C' -> C.has(x))
out('first in', MainEnum.has(MainEnum.first));
out('values[0] in', MainEnum.has(values[0]));
out("'first' in", MainEnum.has('first'));
out('dupe in', MainEnum.has(MainEnum.dupe));
out('nan in', MainEnum.has(Number.NaN));
class OtherEnum extends Enum {
  static readonly one = new OtherEnum();
  static readonly two = new OtherEnum();
}
out('OtherEnum.two in', MainEnum.has(OtherEnum.two));
class SameValues extends K {
  static readonly one = new SameValues(source_values[0]);
  static readonly two = new SameValues(source_values[1]);
}
// enums without mixed data types never contain another enum's member; mixed ones may
out('SameValues.one in', MainEnum.has(SameValues.one));
out('SameValues.two in', MainEnum.has(SameValues.two));
