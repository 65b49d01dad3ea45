// @ts-nocheck -- a shared case body: prefixed by _setup.<form>.ts for each kind (see catalog.ts)
// test_enum.py _EnumTests.test_bool_is_true
class Empty extends K {}
out('bool(Empty)', !!Empty);
out('bool(MainEnum)', !!MainEnum);
out('members', MainEnum.members().map((m) => !!m));
