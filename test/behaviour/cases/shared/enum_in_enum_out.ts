// @ts-nocheck -- a shared case body: prefixed by _setup.<form>.ts for each kind (see catalog.ts)
// test_enum.py _EnumTests.test_enum_in_enum_out
out('Main(Main.first) is Main.first', MainEnum.of(MainEnum.first) === MainEnum.first);
out('Main(Main.dupe) is Main.dupe', MainEnum.of(MainEnum.dupe) === MainEnum.dupe);
